/**
 * Getting data in and out of the graph: the demo city loaded on first start, bulk import, export and the
 * synthetic-city generator.
 */
package com.consortiumexplorer.ingest;
