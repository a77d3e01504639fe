package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.analysis.FieldComplexityEnvironment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionComplexityTests {

    private final ConnectionComplexity complexity = new ConnectionComplexity();

    private static FieldComplexityEnvironment field(Map<String, Object> arguments) {
        return new FieldComplexityEnvironment(null, null, null, arguments, null);
    }

    @Test
    void aPlainFieldCostsOnePlusWhatIsBelowIt() {
        assertThat(complexity.calculate(field(Map.of()), 0)).isEqualTo(1);
        assertThat(complexity.calculate(field(Map.of()), 7)).isEqualTo(8);
    }

    @Test
    void fieldsBelowAPageCountOncePerRequestedItemUpToThePageLimit() {
        assertThat(complexity.calculate(field(Map.of("first", 100)), 10)).isEqualTo(1001);
        assertThat(complexity.calculate(field(Map.of("limit", 20)), 3)).isEqualTo(61);
        assertThat(complexity.calculate(field(Map.of("first", 1_000_000)), 10))
                .isEqualTo(1 + 10 * ApiLimits.MAX_PAGE_SIZE);
        assertThat(complexity.calculate(field(Map.of("first", 0)), 10)).isEqualTo(11);
    }
}
