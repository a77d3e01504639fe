/**
 * Resource flows (funding, talent, technology, facilities) aggregated for Sankey diagrams, the talent balance per
 * major and the alignment of the industry, talent and education chains per industry.
 */
package com.consortiumexplorer.flows;
