package com.consortiumexplorer.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Keyset paging in id (or code) order over a Cypher match: a page is one statement that seeks past the
 * cursor's id and reads one item more than asked to learn whether more follow; the total is a second one.
 * Seeking instead of skipping keeps pages stable while items are added elsewhere in the list.
 *
 * @param match Cypher that binds {@code n} to the candidates; written by this code, never by callers' users
 * @param key the property of {@code n} that orders and identifies items: {@code id} or {@code code}
 * @param projection Cypher {@code RETURN} clause over {@code n}
 */
public record KeysetPaging(String match, String key, String projection) {

    public KeysetPaging {
        if (!key.equals("id") && !key.equals("code")) {
            throw new IllegalArgumentException("Keyset paging orders by id or code, not " + key);
        }
    }

    /**
     * One page.
     *
     * @param parameters the parameters of {@link #match}
     * @param first the page size, already checked
     * @param after the cursor after which the page starts, or null
     */
    public <T> Page<T> page(
            Neo4jClient neo4j, Map<String, Object> parameters, int first, String after, Function<Record, T> mapper) {
        String afterId = after == null ? null : Cursors.decode(after);
        Map<String, Object> bound = new HashMap<>(parameters);
        bound.put("afterId", afterId);
        bound.put("limit", first + 1L);
        Collection<Record> rows = neo4j.query(match + "\nWITH n WHERE $afterId IS NULL OR n." + key
                        + " > $afterId\nWITH n ORDER BY n." + key + " LIMIT $limit\n" + projection
                        + ", n." + key + " AS pageKey")
                .bindAll(bound)
                .fetchAs(Record.class)
                .mappedBy((types, row) -> row)
                .all();
        List<T> items = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        rows.stream().limit(first).forEach(row -> {
            items.add(mapper.apply(row));
            cursors.add(Cursors.encode(row.get("pageKey").asString()));
        });
        long total = neo4j.query(match + "\nRETURN count(n) AS total")
                .bindAll(parameters)
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        return new Page<>(items, cursors, rows.size() > first, afterId != null, total);
    }
}
