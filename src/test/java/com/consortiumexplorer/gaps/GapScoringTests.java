package com.consortiumexplorer.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GapScoringTests {

    private static GapEvidence evidence(List<String> majors, List<GapEvidence.CommonPartner> partners) {
        return new GapEvidence(
                majors, List.of(), List.of(), partners, List.of("k1"), List.of(), true, true, "511502", 3, 4);
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheScaledSignalsAndTheReasonsSumToIt() {
        GapWeights weights = new GapWeights(1, 0, 0, 1, 1, 0, 1);
        GapEvidence e = evidence(List.of("m1", "m2"), List.of(new GapEvidence.CommonPartner("p1", 3)));
        // one common partner, 3 and 4 ties: x = 1 · (1/3 + 0.05) · 4 · 5
        double x = (1 / 3.0 + 0.05) * 4 * 5;
        double structure = x / (x + 300);
        double expected = (0.75 + structure + 1 + 1) / 4;

        GapScoring.Scored scored = GapScoring.explain(e, weights);

        assertThat(GapScoring.score(e, weights)).isCloseTo(expected, within(1e-12));
        assertThat(scored.score()).isCloseTo(expected, within(1e-12));
        assertThat(scored.reasons())
                .extracting(GapReason::kind)
                .containsExactly(
                        GapReasonKind.CONSORTIUM, GapReasonKind.REGION, GapReasonKind.TALENT, GapReasonKind.STRUCTURE);
        GapReason talent = scored.reasons().get(2);
        assertThat(talent.evidence()).containsExactly("m1", "m2");
        assertThat(talent.text()).contains("2 个专业").contains("m1、m2");
        assertThat(talent.textEn()).contains("2 majors").contains("m1, m2");
        assertThat(talent.weight()).isCloseTo(0.75 / 4, within(1e-12));
        assertThat(scored.reasons().get(3).evidence()).containsExactly("p1");
    }

    @Test
    void absentSignalsGiveNoReasonAndAnEmptyPairScoresZero() {
        GapEvidence none = new GapEvidence(
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, false, null, 0, 0);
        assertThat(GapScoring.explain(none, GapWeights.DEFAULTS).reasons()).isEmpty();
        assertThat(GapScoring.score(none, GapWeights.DEFAULTS)).isZero();
    }

    @Test
    void commonPartnersCountMoreWithAHubAndWithAHighShareAndTheTextNamesTheEvidence() {
        List<GapEvidence.CommonPartner> one = List.of(new GapEvidence.CommonPartner("p1", 2));
        GapEvidence quiet = structural(one, 1, 1);
        GapEvidence hub = structural(one, 20, 30);
        GapEvidence lowShare = structural(one, 10, 10);
        GapEvidence highShare = structural(
                List.of(new GapEvidence.CommonPartner("p1", 2), new GapEvidence.CommonPartner("p2", 2)), 2, 10);
        assertThat(GapScoring.score(hub, GapWeights.DEFAULTS))
                .isGreaterThan(GapScoring.score(quiet, GapWeights.DEFAULTS));
        // 2 · (2/2 + 0.05) · 3 · 11 = 69.3 against 1 · (1/10 + 0.05) · 11 · 11 = 18.15
        assertThat(GapScoring.structure(highShare)).isCloseTo(69.3 / 369.3, within(1e-12));
        assertThat(GapScoring.structure(lowShare)).isCloseTo(18.15 / 318.15, within(1e-12));
        assertThat(GapScoring.structure(structural(List.of(), 40, 60))).isZero();
        assertThat(quiet.adamicAdar()).isCloseTo(1 / Math.log(2), within(1e-12));
        GapReason reason =
                GapScoring.explain(hub, GapWeights.DEFAULTS).reasons().getFirst();
        assertThat(reason.evidence()).containsExactly("p1");
        assertThat(reason.textEn())
                .contains("1 common partners")
                .contains("20 and 30 collaborations")
                .contains("5% of the quieter one's partners");
        assertThat(reason.text()).contains("20 和 30 项合作").contains("5% 是共同伙伴");
    }

    private static GapEvidence structural(List<GapEvidence.CommonPartner> partners, int degree, int otherDegree) {
        return new GapEvidence(
                List.of(),
                List.of(),
                List.of(),
                partners,
                List.of(),
                List.of(),
                false,
                false,
                null,
                degree,
                otherDegree);
    }

    @Test
    void negativeOrAllZeroWeightsAreRefused() {
        assertThatThrownBy(() -> new GapWeights(-1, 0, 0, 1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GapWeights(0, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aucCountsEqualScoresAsHalfAndPrecisionCountsTheTopTen() {
        double[] scores = {0.9, 0.5, 0.5, 0.1};
        boolean[] positive = {true, true, false, false};
        // pairs (pos, neg): (0.9,0.5)=1 (0.9,0.1)=1 (0.5,0.5)=0.5 (0.5,0.1)=1 -> 3.5 / 4
        assertThat(GapEvaluation.auc(scores, positive, 4)).isCloseTo(0.875, within(1e-12));
        double[] tieBreak = {0, 0, 0, 0};
        assertThat(GapEvaluation.precisionAtTop(scores, tieBreak, positive, 4)).isCloseTo(0.5, within(1e-12));
    }
}
