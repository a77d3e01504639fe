/**
 * Consortia: their members and membership history, and the structure of their network (centrality, brokers,
 * communities) and health indicators over time.
 */
package com.consortiumexplorer.consortium;
