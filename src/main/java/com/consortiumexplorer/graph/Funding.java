package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipId;

/** The properties every funding flow carries, whatever it funds. */
public abstract class Funding {

    @RelationshipId
    private String id;

    private Long amount;
    private Integer year;
    private FundingChannel channel;

    protected Funding() {}

    protected Funding(Long amount, Integer year, FundingChannel channel) {
        this.amount = amount;
        this.year = year;
        this.channel = channel;
    }

    /** Amount in CNY. */
    public Long getAmount() {
        return amount;
    }

    public Integer getYear() {
        return year;
    }

    public FundingChannel getChannel() {
        return channel;
    }
}
