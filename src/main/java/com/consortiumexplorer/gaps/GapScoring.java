package com.consortiumexplorer.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the evidence of a pair into a score in [0, 1] and bilingual reasons, using the configured weights. */
final class GapScoring {

    private static final int LISTED = 5;

    private GapScoring() {}

    /** A score and the reasons that make it up. */
    record Scored(double score, List<GapReason> reasons) {}

    static double saturating(int count) {
        return 1 - Math.pow(0.5, count);
    }

    /** Scale of the structure signal x / (x + STRUCTURE_SCALE); chosen on the evaluation's tuning seeds. */
    static final double STRUCTURE_SCALE = 300;

    /** Added to the share of common partners, so that pairs with a hub still count when the share is small. */
    static final double SHARE_FLOOR = 0.05;

    /**
     * The hub-promoted structure signal: x = c·(c / min(d₁, d₂) + 0.05)·(1 + d₁)(1 + d₂) with c common partners
     * and d₁, d₂ collaboration ties, scaled to x / (x + 300). The share c / min(d₁, d₂) lifts pairs whose quieter
     * side has most of its partners in common (the generated city's hidden ties), the degree product lifts pairs
     * with a hub (the demo city's); it is zero without a common partner, which keeps GapFinder's bound for far
     * candidates free of degrees.
     */
    static double structure(GapEvidence e) {
        int common = e.commonPartners().size();
        if (common == 0) {
            return 0;
        }
        double x = common
                * (common / (double) Math.max(1, Math.min(e.degree(), e.otherDegree())) + SHARE_FLOOR)
                * (1.0 + e.degree())
                * (1.0 + e.otherDegree());
        return x / (x + STRUCTURE_SCALE);
    }

    /** The score alone, for ranking many pairs without building reasons. */
    static double score(GapEvidence e, GapWeights w) {
        double sum = w.talent() * saturating(e.talentMajors().size())
                + w.technology() * saturating(e.technologyIndustries().size())
                + w.facility() * saturating(e.trainingBases().size())
                + w.structure() * structure(e)
                + w.consortium() * (e.consortia().isEmpty() ? 0 : 1)
                + w.industry() * saturating(e.industries().size())
                + w.region() * region(e);
        return sum / w.sum();
    }

    /** Common partners as a whole percentage of the partners of the organization with fewer ties. */
    private static long share(GapEvidence e) {
        return Math.round(100.0 * e.commonPartners().size() / Math.max(1, Math.min(e.degree(), e.otherDegree())));
    }

    private static double region(GapEvidence e) {
        return e.sameRegion() ? 1 : e.sameCity() ? 0.5 : 0;
    }

    static Scored explain(GapEvidence e, GapWeights w) {
        List<GapReason> reasons = new ArrayList<>();
        double total = w.sum();
        add(
                reasons,
                w,
                total,
                GapReasonKind.TALENT,
                saturating(e.talentMajors().size()),
                e.talentMajors(),
                n -> new String[] {
                    "人才供需互补：" + n + " 个专业一方开设、另一方有用人需求（" + listed(e.talentMajors()) + "）",
                    "Talent fit: " + n + " majors offered by one and demanded by the other ("
                            + listedEn(e.talentMajors()) + ")"
                });
        add(
                reasons,
                w,
                total,
                GapReasonKind.TECHNOLOGY,
                saturating(e.technologyIndustries().size()),
                e.technologyIndustries(),
                n -> new String[] {
                    "技术对口：科研院所的技术领域覆盖企业所在的 " + n + " 个行业（" + listed(e.technologyIndustries()) + "）",
                    "Technology fit: the research institute's technology covers " + n
                            + " industries the enterprise operates in (" + listedEn(e.technologyIndustries()) + ")"
                });
        add(
                reasons,
                w,
                total,
                GapReasonKind.FACILITY,
                saturating(e.trainingBases().size()),
                e.trainingBases(),
                n -> new String[] {
                    "就近实训：一方在同一区县主办 " + n + " 个实训基地，另一方有用人需求",
                    "Training nearby: one hosts " + n + " training bases in the district where the other needs staff"
                });
        List<String> partners =
                e.commonPartners().stream().map(GapEvidence.CommonPartner::id).toList();
        add(reasons, w, total, GapReasonKind.STRUCTURE, structure(e), partners, n -> new String[] {
            "结构邻近：有 " + n + " 个共同合作伙伴，双方各有 " + e.degree() + " 和 " + e.otherDegree() + " 项合作，合作较少一方的伙伴中 " + share(e)
                    + "% 是共同伙伴（Adamic–Adar " + String.format("%.2f", e.adamicAdar()) + "）",
            "Structural proximity: " + n + " common partners between organizations with " + e.degree() + " and "
                    + e.otherDegree() + " collaborations, " + share(e) + "% of the quieter one's partners (Adamic–Adar "
                    + String.format("%.2f", e.adamicAdar()) + ")"
        });
        add(
                reasons,
                w,
                total,
                GapReasonKind.CONSORTIUM,
                e.consortia().isEmpty() ? 0 : 1,
                e.consortia(),
                n -> new String[] {
                    "同属 " + n + " 个产教联合体（" + listed(e.consortia()) + "）却没有合作",
                    "Members of " + n + " common consortia (" + listedEn(e.consortia()) + ") without any tie"
                });
        add(
                reasons,
                w,
                total,
                GapReasonKind.INDUSTRY,
                saturating(e.industries().size()),
                e.industries(),
                n -> new String[] {
                    "同处 " + n + " 个行业（" + listed(e.industries()) + "）",
                    "Both operate in " + n + " industries (" + listedEn(e.industries()) + ")"
                });
        List<String> region = e.regionCode() == null ? List.of() : List.of(e.regionCode());
        add(
                reasons,
                w,
                total,
                GapReasonKind.REGION,
                region(e),
                region,
                n -> e.sameRegion()
                        ? new String[] {"同一区县（" + e.regionCode() + "）", "Same district (" + e.regionCode() + ")"}
                        : new String[] {"同一城市", "Same city"});
        reasons.sort(Comparator.comparingDouble(GapReason::weight).reversed());
        double score = reasons.stream().mapToDouble(GapReason::weight).sum();
        return new Scored(score, List.copyOf(reasons));
    }

    private interface Texts {
        String[] of(int count);
    }

    private static void add(
            List<GapReason> reasons,
            GapWeights w,
            double total,
            GapReasonKind kind,
            double signal,
            List<String> evidence,
            Texts texts) {
        double weight = w.of(kind) * signal / total;
        if (weight > 0) {
            String[] text = texts.of(evidence.size());
            reasons.add(new GapReason(kind, text[0], text[1], weight, List.copyOf(evidence)));
        }
    }

    private static String listed(List<String> ids) {
        return listed(ids, "、");
    }

    private static String listedEn(List<String> ids) {
        return listed(ids, ", ");
    }

    private static String listed(List<String> ids, String separator) {
        String shown = String.join(separator, ids.subList(0, Math.min(LISTED, ids.size())));
        return ids.size() > LISTED ? shown + "…" : shown;
    }
}
