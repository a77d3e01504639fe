import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The ingest benchmark's baseline: the plainest batch insert of an import-format CSV folder through the Java
 * driver, {@code UNWIND $rows AS row CREATE ...}, one transaction per batch, no validation, no merge, no
 * checkpoint, every value stored as the text of its cell. Endpoints are found by their id through the
 * uniqueness constraints of the app's schema (the label of each id is remembered from the node files).
 *
 * <p>Usage: {@code java -cp "$(bench_lib_cp)" bench/java/UnwindBaseline.java <bolt-uri> <user> <password>
 * <csv-folder> [batch]}; prints {@code nodes,node_seconds,relationships,relationship_seconds}.
 */
public class UnwindBaseline {

    private static final List<String> NODE_FILES = List.of(
            "Industry", "Major", "Government", "College", "Enterprise", "ResearchInstitute",
            "IndustryAssociation", "ServiceAgency", "Consortium", "Program", "Project", "Policy");
    private static final Set<String> OWN_KEY_LABELS =
            Set.of("Industry", "Major", "Consortium", "Program", "Project", "Policy");

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[3]);
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        Map<String, String> keyLabels = new HashMap<>();
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.basic(args[1], args[2]))) {
            long started = System.nanoTime();
            long nodes = 0;
            for (String label : NODE_FILES) {
                Path file = folder.resolve(label + ".csv");
                if (!Files.exists(file)) {
                    continue;
                }
                String keyLabel = OWN_KEY_LABELS.contains(label) ? label : "Organization";
                String query = "UNWIND $rows AS row CREATE (n:`" + keyLabel + "`" + (keyLabel.equals(label) ? "" : ":`" + label + "`")
                        + ") SET n = row";
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Map<String, Object> row : read(file)) {
                    keyLabels.put((String) row.getOrDefault("id", row.get("code")), keyLabel);
                    rows.add(row);
                    if (rows.size() == batch) {
                        nodes += write(driver, query, rows);
                    }
                }
                nodes += write(driver, query, rows);
            }
            double nodeSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            long relationships = 0;
            try (var files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String type = file.getFileName().toString().replace(".csv", "");
                    if (NODE_FILES.contains(type) || !type.equals(type.toUpperCase(Locale.ROOT))) {
                        continue;
                    }
                    Map<String, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
                    for (Map<String, Object> row : read(file)) {
                        String from = keyLabels.get((String) row.remove("from_"));
                        String to = keyLabels.get((String) row.remove("to_"));
                        String key = from + ":" + to;
                        List<Map<String, Object>> rows = byLabels.computeIfAbsent(key, k -> new ArrayList<>());
                        rows.add(row);
                        if (rows.size() == batch) {
                            relationships += write(driver, relationshipQuery(type, from, to), rows);
                        }
                    }
                    for (var entry : byLabels.entrySet()) {
                        String[] labels = entry.getKey().split(":");
                        relationships += write(driver, relationshipQuery(type, labels[0], labels[1]), entry.getValue());
                    }
                }
            }
            double relationshipSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%d,%.2f,%d,%.2f%n", nodes, nodeSeconds, relationships, relationshipSeconds);
        }
    }

    private static String relationshipQuery(String type, String fromLabel, String toLabel) {
        return "UNWIND $rows AS row\n"
                + "MATCH (a:`" + fromLabel + "` {`" + key(fromLabel) + "`: row.from})\n"
                + "MATCH (b:`" + toLabel + "` {`" + key(toLabel) + "`: row.to})\n"
                + "CREATE (a)-[r:`" + type + "`]->(b) SET r = row.props";
    }

    private static String key(String keyLabel) {
        return keyLabel.equals("Industry") || keyLabel.equals("Major") ? "code" : "id";
    }

    /** Writes the rows as one transaction and empties the list. */
    private static int write(Driver driver, String query, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        int count = rows.size();
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(query, Map.of("rows", rows)).consume());
        }
        rows.clear();
        return count;
    }

    /**
     * The rows of a CSV file as maps of the non-empty cells; for a relationship file the endpoints go under
     * {@code from}/{@code to} (and {@code from_}/{@code to_} for grouping) and the other cells under {@code props}.
     */
    private static List<Map<String, Object>> read(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = record(in);
            boolean relationship = header.contains("from");
            for (List<String> cells = record(in); cells != null; cells = record(in)) {
                Map<String, Object> row = new HashMap<>();
                Map<String, Object> props = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String name = header.get(i);
                    String value = cells.get(i);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (relationship && (name.equals("from") || name.equals("to"))) {
                        row.put(name, value);
                        row.put(name + "_", value);
                    } else {
                        (relationship ? props : row).put(name, value);
                    }
                }
                if (relationship) {
                    row.put("props", props);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** One RFC 4180 record, or null at the end. */
    private static List<String> record(BufferedReader in) throws IOException {
        int c = in.read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    if (in.read() != '"') {
                        in.reset();
                        quoted = false;
                    } else {
                        field.append('"');
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == -1) {
                fields.add(field.toString());
                return fields;
            } else if (c != '\r' && c != '\uFEFF') {
                field.append((char) c);
            }
            c = in.read();
        }
    }
}
