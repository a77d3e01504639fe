package com.consortiumexplorer.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * Named Cypher expressions, written in code, rendered either as the columns of a RETURN clause (for a statement
 * that returns rows) or as one map (for a {@code COLLECT} subquery); the same mapper reads both.
 */
public final class CypherProjection {

    private final List<String> names = new ArrayList<>();
    private final List<String> expressions = new ArrayList<>();

    /** @param namesAndExpressions name, expression, name, expression … */
    public CypherProjection(String... namesAndExpressions) {
        if (namesAndExpressions.length % 2 != 0) {
            throw new IllegalArgumentException("Names and expressions come in pairs");
        }
        for (int i = 0; i < namesAndExpressions.length; i += 2) {
            names.add(namesAndExpressions[i]);
            expressions.add(namesAndExpressions[i + 1]);
        }
    }

    /** {@code expression AS name, …} */
    public String columns() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(expressions.get(i) + " AS " + names.get(i));
        }
        return String.join(", ", columns);
    }

    /** {@code {name: expression, …}} */
    public String map() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            entries.add(names.get(i) + ": " + expressions.get(i));
        }
        return "{" + String.join(", ", entries) + "}";
    }

    /**
     * {@code variable {.key, .more…, entry…}}: a map projection of a key and some properties, whose names are written
     * in code (never request text), then further entries such as {@code labels: labels(variable)}.
     */
    public static String properties(String variable, String key, List<String> more, String... entries) {
        StringBuilder projection = new StringBuilder(variable).append(" {.").append(key);
        more.forEach(property -> projection.append(", .").append(property));
        for (String entry : entries) {
            projection.append(", ").append(entry);
        }
        return projection.append('}').toString();
    }
}
