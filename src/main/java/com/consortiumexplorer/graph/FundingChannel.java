package com.consortiumexplorer.graph;

/** Channel through which funding flows. */
public enum FundingChannel {
    GRANT,
    SERVICE_PURCHASE,
    SOCIAL_CAPITAL,
    LOAN,
    INVESTMENT
}
