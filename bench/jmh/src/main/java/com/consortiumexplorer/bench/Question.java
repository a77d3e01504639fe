package com.consortiumexplorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The four questions of the benchmark, each asked three ways (files under {@code questions/}), and how to turn
 * each answer into the same canonical form: a list of text lines, sorted where the question has no order.
 * Two answers are equal when their canonical forms are.
 */
public enum Question {
    /** One organization with its memberships (role, since, consortium name), partners and flows. */
    Q1("q1", "organization with nested memberships, partners and flows", "id") {
        @Override
        List<String> ours(JsonNode data) {
            JsonNode o = data.path("organization");
            List<String> lines = new ArrayList<>();
            lines.add(line("org", o, "id", "name", "nameEn", "city", "founded"));
            o.path("memberships").forEach(m -> lines.add(line("member", m.path("consortium"), "id", "name")
                    + "|" + line("", m, "role", "since", "until")));
            o.path("collaborations").forEach(c -> lines.add(line("partner", c.path("partner"), "id", "name")
                    + "|" + line("", c, "kind", "since")));
            o.path("outgoingFlows").forEach(f -> lines.add(
                    "out|" + text(f.path("kind")) + "|" + text(f.path("year")) + "|" + text(f.path("target").path("id"))));
            o.path("incomingFlows").forEach(f -> lines.add(
                    "in|" + text(f.path("kind")) + "|" + text(f.path("year")) + "|" + text(f.path("source").path("id"))));
            return sorted(lines);
        }

        @Override
        List<String> peer(JsonNode data) {
            JsonNode o = single(data.path("organizations"));
            List<String> lines = new ArrayList<>();
            lines.add(line("org", o, "id", "name", "nameEn", "city", "founded"));
            o.path("memberOfConnection").path("edges").forEach(e -> lines.add(line("member", e.path("node"), "id", "name")
                    + "|" + line("", e.path("properties"), "role", "since", "until")));
            o.path("collaboratesWithConnection").path("edges").forEach(e -> lines.add(
                    line("partner", e.path("node"), "id", "name") + "|" + line("", e.path("properties"), "kind", "since")));
            Map<String, String> outgoing = Map.of(
                    "fundsOrganizations", "FUNDING", "fundsPrograms", "FUNDING", "fundsProjects", "FUNDING",
                    "suppliesTalentTo", "TALENT", "transfersTechnologyTo", "TECHNOLOGY", "sharesFacilityWith", "FACILITY");
            Map<String, String> incoming = Map.of(
                    "fundedBy", "FUNDING", "talentFrom", "TALENT", "technologyFrom", "TECHNOLOGY", "facilityFrom", "FACILITY");
            outgoing.forEach((field, kind) -> o.path(field + "Connection").path("edges").forEach(e -> lines.add("out|" + kind
                    + "|" + text(e.path("properties").path("year")) + "|" + text(e.path("node").path("id")))));
            incoming.forEach((field, kind) -> o.path(field + "Connection").path("edges").forEach(e -> lines.add("in|" + kind
                    + "|" + text(e.path("properties").path("year")) + "|" + text(e.path("node").path("id")))));
            return sorted(lines);
        }

        @Override
        List<String> cypher(List<Record> records) {
            Value o = single(records).get("organization");
            List<String> lines = new ArrayList<>();
            lines.add(line("org", o, "id", "name", "nameEn", "city", "founded"));
            o.get("memberships").values().forEach(m -> lines.add(line("member", m.get("consortium"), "id", "name")
                    + "|" + line("", m, "role", "since", "until")));
            o.get("collaborations").values().forEach(c -> lines.add(line("partner", c.get("partner"), "id", "name")
                    + "|" + line("", c, "kind", "since")));
            o.get("outgoingFlows").values().forEach(f -> lines.add("out|" + flowKind(f.get("type").asString()) + "|"
                    + text(f.get("year")) + "|" + text(f.get("target"))));
            o.get("incomingFlows").values().forEach(f -> lines.add("in|" + flowKind(f.get("type").asString()) + "|"
                    + text(f.get("year")) + "|" + text(f.get("source"))));
            return sorted(lines);
        }
    },

    /** A page of 100 enterprises of one industry, in id order. */
    Q2("q2", "page of 100 organizations filtered by type and industry", "industry") {
        private static final String[] FIELDS = {"id", "name", "nameEn", "city", "founded", "size", "leading"};

        @Override
        List<String> ours(JsonNode data) {
            List<String> lines = new ArrayList<>();
            data.path("organizations").path("edges").forEach(e -> lines.add(line("org", e.path("node"), FIELDS)));
            return lines;
        }

        @Override
        List<String> peer(JsonNode data) {
            List<String> lines = new ArrayList<>();
            data.path("enterprises").forEach(o -> lines.add(line("org", o, FIELDS)));
            return lines;
        }

        @Override
        List<String> cypher(List<Record> records) {
            return records.stream()
                    .map(r -> line("org", r.get("organization"), FIELDS))
                    .toList();
        }
    },

    /** How many enterprises are or were members of one consortium (a count with a relationship filter). */
    Q3("q3", "count of enterprises with a membership in a consortium", "consortium") {
        @Override
        List<String> ours(JsonNode data) {
            return List.of("count|" + text(data.path("organizations").path("totalCount")));
        }

        @Override
        List<String> peer(JsonNode data) {
            return List.of("count|"
                    + text(data.path("enterprisesConnection").path("aggregate").path("count").path("nodes")));
        }

        @Override
        List<String> cypher(List<Record> records) {
            return List.of("count|" + text(single(records).get("total")));
        }
    },

    /** The organizations within two COLLABORATES_WITH hops of one organization, and the ties walked. */
    Q4("q4", "2-hop collaboration neighbourhood of one organization", "id") {
        @Override
        List<String> ours(JsonNode data) {
            JsonNode subgraph = data.path("neighborhood");
            if (subgraph.path("truncated").asBoolean(true)) {
                throw new IllegalStateException("our neighbourhood was truncated, so it cannot be compared");
            }
            TreeSet<String> lines = new TreeSet<>();
            subgraph.path("nodes").forEach(n -> lines.add("node|" + text(n.path("id"))));
            subgraph.path("edges")
                    .forEach(e -> lines.add(tie(text(e.path("source")), text(e.path("target")))));
            return List.copyOf(lines);
        }

        @Override
        List<String> peer(JsonNode data) {
            JsonNode centre = single(data.path("organizations"));
            TreeSet<String> lines = new TreeSet<>();
            String id = text(centre.path("id"));
            lines.add("node|" + id);
            centre.path("collaboratesWith").forEach(p -> {
                String partner = text(p.path("id"));
                lines.add("node|" + partner);
                lines.add(tie(id, partner));
                p.path("collaboratesWith").forEach(q -> {
                    lines.add("node|" + text(q.path("id")));
                    lines.add(tie(partner, text(q.path("id"))));
                });
            });
            return List.copyOf(lines);
        }

        @Override
        List<String> cypher(List<Record> records) {
            Record centre = single(records);
            TreeSet<String> lines = new TreeSet<>();
            String id = centre.get("id").asString();
            lines.add("node|" + id);
            centre.get("partners").values().forEach(p -> {
                String partner = p.get("id").asString();
                lines.add("node|" + partner);
                lines.add(tie(id, partner));
                p.get("partners").values().forEach(q -> {
                    lines.add("node|" + q.asString());
                    lines.add(tie(partner, q.asString()));
                });
            });
            return List.copyOf(lines);
        }
    };

    private final String key;
    private final String title;
    private final String parameter;

    Question(String key, String title, String parameter) {
        this.key = key;
        this.title = title;
        this.parameter = parameter;
    }

    /** q1 … q4, as in file names and the report. */
    public String key() {
        return key;
    }

    /** What the question asks, for the report. */
    public String title() {
        return title;
    }

    /** The name of the question's only variable (the same name in the three forms). */
    public String parameter() {
        return parameter;
    }

    /** The variables of the question, with the value chosen for this city in the configuration. */
    public Map<String, Object> variables(Properties config) {
        String value = config.getProperty(key + "." + parameter);
        if (value == null) {
            throw new IllegalStateException("No " + key + "." + parameter + " in the benchmark configuration");
        }
        return Map.of(parameter, value);
    }

    /** The question as our GraphQL document, the peer's GraphQL document, or Cypher. */
    public String text(Target target) {
        String file = switch (target) {
            case OURS -> key + "-ours.graphql";
            case PEER -> key + "-peer.graphql";
            case CYPHER -> key + ".cypher";
        };
        try (InputStream in = Question.class.getResourceAsStream("/questions/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing question file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Canonical form of our API's {@code data}. */
    abstract List<String> ours(JsonNode data);

    /** Canonical form of the peer's {@code data}. */
    abstract List<String> peer(JsonNode data);

    /** Canonical form of the Cypher records. */
    abstract List<String> cypher(List<Record> records);

    static String tie(String a, String b) {
        return a.compareTo(b) <= 0 ? "tie|" + a + "|" + b : "tie|" + b + "|" + a;
    }

    static String flowKind(String relationshipType) {
        return switch (relationshipType) {
            case "FUNDS" -> "FUNDING";
            case "SUPPLIES_TALENT" -> "TALENT";
            case "TRANSFERS_TECHNOLOGY" -> "TECHNOLOGY";
            case "SHARES_FACILITY" -> "FACILITY";
            default -> throw new IllegalArgumentException("Not a flow: " + relationshipType);
        };
    }

    static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    static JsonNode single(JsonNode list) {
        if (!list.isArray() || list.size() != 1) {
            throw new IllegalStateException("Expected exactly one result, got " + list);
        }
        return list.get(0);
    }

    static Record single(List<Record> records) {
        if (records.size() != 1) {
            throw new IllegalStateException("Expected exactly one record, got " + records.size());
        }
        return records.get(0);
    }

    static String line(String tag, JsonNode node, String... fields) {
        StringBuilder line = new StringBuilder(tag);
        for (String field : fields) {
            line.append('|').append(text(node.path(field)));
        }
        return line.toString();
    }

    static String line(String tag, Value value, String... fields) {
        StringBuilder line = new StringBuilder(tag);
        for (String field : fields) {
            line.append('|').append(text(value.get(field)));
        }
        return line.toString();
    }

    static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "null" : node.asText();
    }

    static String text(Value value) {
        return value == null || value.isNull() ? "null" : value.asObject().toString();
    }
}
