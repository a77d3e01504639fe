package com.consortiumexplorer.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The held-out-ties evaluation on the demo city: the gap score must rank hidden ties better than any baseline. */
@ExplorerIntegrationTest
class GapEvaluationIT {

    private static final Logger LOG = LoggerFactory.getLogger(GapEvaluationIT.class);

    @Autowired
    Neo4jClient neo4j;

    @Test
    void theGapFinderBeatsTheBestBaselineOnTheDemoCity() {
        CityGraph city = CityGraph.load(neo4j, null);
        for (long seed : new long[] {42, 7, 2026}) {
            GapEvaluation.Report report = GapEvaluation.evaluate(city, GapWeights.DEFAULTS, seed, 0.2);

            assertThat(report.organizations()).isGreaterThanOrEqualTo(161);
            assertThat(report.hidden()).isEqualTo(Math.round(report.ties() * 0.2));
            assertThat(report.positives()).isPositive().isLessThanOrEqualTo(report.hidden());
            LOG.info("Held-out-ties evaluation on the demo city: {}", report);
            GapEvaluation.MethodResult gapFinder = report.result(GapEvaluation.GAP_FINDER);
            assertThat(gapFinder.auc())
                    .as("seed %d: %s", seed, report)
                    .isGreaterThan(report.bestBaseline().auc());
            assertThat(report.result("random").auc()).isBetween(0.4, 0.6);
        }
    }
}
