import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Prints the graph's size as one CSV line {@code nodes,relationships,auditEntries} (nodes without the audit
 * trail). Usage: java -cp "$(bench_lib_cp)" bench/java/GraphCounts.java bolt://127.0.0.1:7687 neo4j-password
 */
public class GraphCounts {

    public static void main(String[] args) {
        try (var driver = GraphDatabase.driver(
                        args[0], AuthTokens.basic("neo4j", args[1]), Config.builder().withLogging(Logging.none()).build());
                var session = driver.session()) {
            var row = session.run("""
                    CALL () { MATCH (n) WHERE NOT n:AuditEntry RETURN count(n) AS nodes }
                    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                    CALL () { MATCH (a:AuditEntry) RETURN count(a) AS audit }
                    RETURN nodes, relationships, audit
                    """).single();
            System.out.println(row.get("nodes").asLong() + "," + row.get("relationships").asLong() + ","
                    + row.get("audit").asLong());
        }
    }
}
