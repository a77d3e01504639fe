/** Browsing the graph: organizations and their details, search, neighbourhoods and paths. */
package com.consortiumexplorer.explore;
