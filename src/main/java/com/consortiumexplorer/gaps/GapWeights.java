package com.consortiumexplorer.gaps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Weights of the signals a collaboration-gap score combines ({@code explorer.gaps.*}). Each signal is first
 * scaled to [0, 1]; the score is the weighted mean, so only the ratios between weights matter. The defaults
 * were chosen on the tuning seeds of the held-out-ties evaluation of {@code docs/analytics.md}: structure leads
 * and decides the top of the ranking, the other signals order the many pairs without common partners.
 *
 * @param talent one offers majors the other demands (a college and an enterprise); 1 − 0.5^majors
 * @param technology a research institute whose technology industries (where it operates or has transferred
 *     technology) include an industry a non-large enterprise operates in; 1 − 0.5^industries
 * @param facility a host of a training-base project and an enterprise with talent demand in the same district;
 *     1 − 0.5^projects
 * @param structure common collaboration partners c of two organizations with d₁ and d₂ collaboration ties;
 *     x / (x + 300) with x = c·(c / min(d₁, d₂) + 0.05)·(1 + d₁)(1 + d₂), zero without a common partner
 * @param consortium both are current members of a consortium; 1 when they share one
 * @param industry both operate in the same industries; 1 − 0.5^industries
 * @param region same district (1) or same city (0.5)
 */
@ConfigurationProperties("explorer.gaps")
public record GapWeights(
        @DefaultValue("0.03") double talent,
        @DefaultValue("0.02") double technology,
        @DefaultValue("0.005") double facility,
        @DefaultValue("1.0") double structure,
        @DefaultValue("0.01") double consortium,
        @DefaultValue("0.01") double industry,
        @DefaultValue("0.01") double region) {

    /** The documented defaults, for code that runs outside Spring (the evaluation command). */
    public static final GapWeights DEFAULTS = new GapWeights(0.03, 0.02, 0.005, 1.0, 0.01, 0.01, 0.01);

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

    /**
     * Weights from text: seven numbers in the order of the components, separated by commas.
     *
     * @throws IllegalArgumentException when there are not seven numbers
     */
    public static GapWeights parse(String text) {
        String[] w = text.split(",");
        if (w.length != 7) {
            throw new IllegalArgumentException("expected 7 comma-separated weights "
                    + "(talent,technology,facility,structure,consortium,industry,region), got " + text);
        }
        double[] v = new double[7];
        for (int i = 0; i < 7; i++) {
            v[i] = Double.parseDouble(w[i].strip());
        }
        return new GapWeights(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
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
