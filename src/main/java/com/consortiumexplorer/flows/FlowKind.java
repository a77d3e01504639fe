package com.consortiumexplorer.flows;

/** The four kinds of resource flow, each with its relationship type and the property that carries its volume. */
public enum FlowKind {
    /** Funding in CNY ({@code FUNDS.amount}). */
    FUNDING("FUNDS", "amount"),
    /** Graduates hired ({@code SUPPLIES_TALENT.graduates}). */
    TALENT("SUPPLIES_TALENT", "graduates"),
    /** Value of technology transferred in CNY ({@code TRANSFERS_TECHNOLOGY.value}). */
    TECHNOLOGY("TRANSFERS_TECHNOLOGY", "value"),
    /** Hours of shared facilities ({@code SHARES_FACILITY.hours}). */
    FACILITY("SHARES_FACILITY", "hours");

    private final String relationship;
    private final String volume;

    FlowKind(String relationship, String volume) {
        this.relationship = relationship;
        this.volume = volume;
    }

    /** The relationship type; a fixed identifier, never user input. */
    String relationship() {
        return relationship;
    }

    /** The property with the volume of one flow. */
    String volume() {
        return volume;
    }
}
