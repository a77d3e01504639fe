/** Consortia and their membership history: reads, joining and leaving, over GraphQL. */
package com.consortiumexplorer.consortium;
