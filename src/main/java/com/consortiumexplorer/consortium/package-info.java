/**
 * Consortia: reads of consortia and their membership history, joining and leaving, the structure of their
 * network (centrality, brokers, communities) and health indicators over time.
 */
package com.consortiumexplorer.consortium;
