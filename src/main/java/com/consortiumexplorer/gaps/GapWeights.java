package com.consortiumexplorer.gaps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Weights of the signals a collaboration-gap score combines ({@code explorer.gaps.*}). Each signal is first
 * scaled to [0, 1]; the score is the weighted mean, so only the ratios between weights matter. The defaults
 * were chosen on the held-out-ties evaluation of {@code docs/analytics.md}.
 *
 * @param talent one offers majors the other demands (a college and an enterprise); 1 − 0.5^majors
 * @param technology a research institute whose technology industries (where it operates or has transferred
 *     technology) include an industry a non-large enterprise operates in; 1 − 0.5^industries
 * @param facility a host of a training-base project and an enterprise with talent demand in the same district;
 *     1 − 0.5^projects
 * @param structure Adamic–Adar over common collaboration partners A = Σ 1/ln(degree); 1 − e^(−A/2)
 * @param consortium both are current members of a consortium; 1 when they share one
 * @param industry both operate in the same industries; 1 − 0.5^industries
 * @param region same district (1) or same city (0.5)
 */
@ConfigurationProperties("explorer.gaps")
public record GapWeights(
        @DefaultValue("0.30") double talent,
        @DefaultValue("0.20") double technology,
        @DefaultValue("0.05") double facility,
        @DefaultValue("0.30") double structure,
        @DefaultValue("0.10") double consortium,
        @DefaultValue("0.10") double industry,
        @DefaultValue("0.10") double region) {

    /** The documented defaults, for code that runs outside Spring (the evaluation command). */
    public static final GapWeights DEFAULTS = new GapWeights(0.30, 0.20, 0.05, 0.30, 0.10, 0.10, 0.10);

    public GapWeights {
        double[] all = {talent, technology, facility, structure, consortium, industry, region};
        double sum = 0;
        for (double w : all) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("explorer.gaps weights must not be negative");
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one explorer.gaps weight must be positive");
        }
    }

    double sum() {
        return talent + technology + facility + structure + consortium + industry + region;
    }

    double of(GapReasonKind kind) {
        return switch (kind) {
            case TALENT -> talent;
            case TECHNOLOGY -> technology;
            case FACILITY -> facility;
            case STRUCTURE -> structure;
            case CONSORTIUM -> consortium;
            case INDUSTRY -> industry;
            case REGION -> region;
        };
    }
}
