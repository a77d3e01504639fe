package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CypherLiteralTests {

    @Test
    void readsNestedListsAndMapsOfEveryScalar() {
        String text = "UNWIND [ {id: 'a', n: 12, x: -1.5, ok: true, no: FALSE, gone: null, `odd key`: [1, 'two', []]},"
                + "\n  {} ] AS row";
        CypherLiteral.Parsed parsed = CypherLiteral.read(text, text.indexOf('['));

        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", "a");
        first.put("n", 12L);
        first.put("x", -1.5);
        first.put("ok", true);
        first.put("no", false);
        first.put("gone", null);
        first.put("odd key", List.of(1L, "two", List.of()));
        assertThat(parsed.value()).isEqualTo(Arrays.asList(first, Map.of()));
        assertThat(text.substring(parsed.end())).isEqualTo(" AS row");
    }

    @Test
    void readsEscapesInsideStrings() {
        String text = "['People\\'s Government', \"say \\\"hi\\\"\", 'a\\\\b', 'line\\nbreak', '宜宾']";
        assertThat(CypherLiteral.read(text, 0).value())
                .isEqualTo(List.of("People's Government", "say \"hi\"", "a\\b", "line\nbreak", "宜宾"));
    }

    @Test
    void readsExponentsAsDecimals() {
        assertThat(CypherLiteral.read("[1e3, 2.5E-2, 7]", 0).value()).isEqualTo(List.of(1000.0, 0.025, 7L));
    }

    @Test
    void rejectsWhatIsNotALiteral() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CypherLiteral.read("[date('2021-01-01')]", 0))
                .withMessageContaining("a literal value, not 'date'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CypherLiteral.read("[{id: 'a'", 0))
                .withMessageContaining("Expected");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CypherLiteral.read("['open", 0))
                .withMessageContaining("the end of a string");
    }

    @Test
    void demoStatementsUnwindTheirRowsAsAParameter() {
        var query = DemoCity.parameterised("UNWIND [\n  {id: 'x', founded: 1984}\n] AS row\nMERGE (n:T {id: row.id})");
        assertThat(query.text()).isEqualTo("UNWIND $rows AS row\nMERGE (n:T {id: row.id})");
        assertThat(query.parameters().get("rows").asList(v -> v.asMap()))
                .containsExactly(Map.of("id", "x", "founded", 1984L));
        assertThat(DemoCity.parameterised("MATCH (n) RETURN n").text()).isEqualTo("MATCH (n) RETURN n");
    }
}
