package com.consortiumexplorer.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Loads a nested list for many parents with one Cypher statement, so a page of N items costs one statement
 * per nested field instead of N. The statement gets the parents' keys as {@code $ids} and returns the key of
 * each row's parent as {@code id}.
 */
public final class BatchQuery {

    private BatchQuery() {}

    /**
     * The nested items of each parent, every parent present (with an empty list when it has none).
     *
     * @param cypher the statement, written in code
     * @param parents the parents
     * @param key the key of a parent, as bound in {@code $ids}
     * @param mapper maps one row to a nested item
     */
    public static <P, T> Map<P, List<T>> load(
            Neo4jClient neo4j,
            String cypher,
            Collection<P> parents,
            Function<P, String> key,
            Function<Record, T> mapper) {
        Map<String, List<T>> byKey = new LinkedHashMap<>();
        List<String> ids = parents.stream().map(key).distinct().toList();
        neo4j.query(cypher)
                .bind(ids)
                .to("ids")
                .fetchAs(Record.class)
                .mappedBy((types, row) -> row)
                .all()
                .forEach(row -> byKey.computeIfAbsent(row.get("id").asString(), k -> new ArrayList<>())
                        .add(mapper.apply(row)));
        Map<P, List<T>> result = new LinkedHashMap<>();
        for (P parent : parents) {
            result.put(parent, byKey.getOrDefault(key.apply(parent), List.of()));
        }
        return result;
    }
}
