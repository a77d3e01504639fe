/**
 * Collaboration gaps: organizations that are not connected but should be, ranked by a configurable score and
 * explained by reasons with their evidence, plus the held-out-ties evaluation that proves the ranking.
 */
package com.consortiumexplorer.gaps;
