package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.ingest.ImportProblem.Code;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ExplorerIntegrationTest
// Bulk import is for administrators; the tests call the importer as one.
@WithMockUser(username = "test", roles = "ADMIN")
class ImportExportIT {

    private final String prefix = "t-" + UUID.randomUUID() + "-";

    @TempDir
    Path folder;

    @Autowired
    Driver driver;

    @Autowired
    GraphImporter importer;

    @Autowired
    GraphExporter exporter;

    @AfterEach
    void removeTestData() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n")
                .withParameters(Map.of("prefix", prefix))
                .execute();
    }

    private byte[] export(ExportFormat format, ExportScope scope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(format, scope, out);
        return out.toByteArray();
    }

    private long count(String query) {
        return driver.executableQuery(query)
                .withParameters(Map.of("prefix", prefix))
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asLong();
    }

    /** Size of the graph without the audit trail, which records every committed import batch by design. */
    private Map<String, Object> fingerprint() {
        return driver.executableQuery("""
                        CALL () { MATCH (n) WHERE NOT n:AuditEntry RETURN count(n) AS nodes }
                        CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                        RETURN nodes, relationships
                        """).execute().records().getFirst().asMap();
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
    }

    /** A problem as the command line prints it: place and English text. */
    private static String problem(String file, int line, int column, String message) {
        return file + ":" + line + ":" + column + ": " + message;
    }

    private static List<String> printed(ImportReport report) {
        return report.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void everyRuleIsReportedByFileLineAndColumnAndNothingIsWritten() throws IOException {
        write("College.csv", """
                id,name,kind,founded,regionCode
                t-col-1,甲学院,HIGHER_VOCATIONAL,1990,511502
                t-col-2,,HIGHER_VOCATIONAL,1990,511502
                t-col-3,丙学院,POLYTECHNIC,1990,511502
                t-col-4,丁学院,TECHNICIAN,ninety,511502
                t-col-5,戊学院,TECHNICIAN,1700,511502
                t-col-1,重复学院,TECHNICIAN,1990,511502
                ent-liyuan-battery,冲突学院,TECHNICIAN,1990,511502
                t-col-6,己学院,TECHNICIAN,1990,5115
                t-col-7,庚学院,TECHNICIAN
                """);
        write("Enterprise.csv", "id,name,leading\nt-ent-1,某公司,yes\n");
        write("Project.csv", "id,name,start,budget\nt-proj-1,某项目,2024-13-01,-5\n");
        write("Policy.csv", "id,title\nt-pol-1,\"unclosed\n");
        write("FUNDS.csv", """
                from,to,year,channel,amount
                t-col-1,t-proj-1,2024,GRANT,1000
                t-col-1,nobody,2024,GRANT,1000
                t-col-1,col-ybvtc,1899,GRANT,1000
                t-col-1,col-ybvtc,2024,GRANT,2000000000000
                t-col-1,col-ybvtc,2024,GIFT,1000
                """);
        write("SUPPLIES_TALENT.csv", "from,to,year,majorCode,graduates\nent-liyuan-battery,col-ybvtc,2024,460301,5\n");
        write("MEMBER_OF.csv", "from,to,role\nt-col-1,cons-battery,MEMBER\n");
        write("COLLABORATES_WITH.csv", "from,to,kind,since,strength\nt-col-1,col-ybvtc,JOINT_TRAINING,2020,3\n");
        write("Bogus.csv", "a,b\n1,2\n");
        Map<String, Object> before = fingerprint();
        byte[] exportBefore = export(ExportFormat.JSON, ExportScope.all());

        ImportReport report = importer.importData(folder, 100, "test", (phase, done, total) -> {});

        assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
        // The English text the command line prints stays as it was before problems had codes.
        assertThat(printed(report))
                .containsExactlyInAnyOrder(
                        problem("Bogus.csv", 0, 0, "unknown file: expected <NodeLabel>.csv or <RELATIONSHIP_TYPE>.csv"),
                        problem("College.csv", 3, 2, "'name' is required"),
                        problem(
                                "College.csv",
                                4,
                                3,
                                "'kind' must be one of HIGHER_VOCATIONAL, SECONDARY_VOCATIONAL, UNDERGRADUATE,"
                                        + " TECHNICIAN, not 'POLYTECHNIC'"),
                        problem("College.csv", 5, 4, "'founded' must be a whole number, not 'ninety'"),
                        problem("College.csv", 6, 4, "'founded' must be between 1900 and 2100, not 1700"),
                        problem("College.csv", 7, 1, "duplicate id 't-col-1': first on College.csv line 2"),
                        problem(
                                "College.csv",
                                8,
                                1,
                                "id 'ent-liyuan-battery' already belongs to an Enterprise, not a College"),
                        problem("College.csv", 9, 5, "'regionCode' must match \\d{6}, not '5115'"),
                        problem("College.csv", 10, 0, "the row has 3 fields but the header has 5"),
                        problem("Enterprise.csv", 2, 3, "'leading' must be true or false, not 'yes'"),
                        problem("Project.csv", 2, 3, "'start' must be a date yyyy-MM-dd, not '2024-13-01'"),
                        problem("Project.csv", 2, 4, "'budget' must be between 0 and 1000000000000, not -5"),
                        problem("Policy.csv", 2, 0, "a quoted field that starts on line 2 is not closed"),
                        problem("MEMBER_OF.csv", 1, 0, "the required column 'since' is missing"),
                        problem(
                                "COLLABORATES_WITH.csv",
                                1,
                                5,
                                "unknown column 'strength': expected from, to, kind, since"),
                        problem(
                                "FUNDS.csv",
                                3,
                                2,
                                "unknown id 'nobody' in 'to': neither in the input nor in the database"),
                        problem("FUNDS.csv", 4, 3, "'year' must be between 1900 and 2100, not 1899"),
                        problem("FUNDS.csv", 5, 5, "'amount' must be between 0 and 1000000000000, not 2000000000000"),
                        problem(
                                "FUNDS.csv",
                                6,
                                4,
                                "'channel' must be one of GRANT, SERVICE_PURCHASE, SOCIAL_CAPITAL, LOAN, INVESTMENT,"
                                        + " not 'GIFT'"),
                        problem(
                                "SUPPLIES_TALENT.csv",
                                2,
                                1,
                                "'from' of SUPPLIES_TALENT must be a College, but 'ent-liyuan-battery' is an Enterprise"),
                        problem(
                                "SUPPLIES_TALENT.csv",
                                2,
                                2,
                                "'to' of SUPPLIES_TALENT must be an Enterprise, but 'col-ybvtc' is a College"));
        assertThat(report.problems())
                .filteredOn(p -> p.file().equals("SUPPLIES_TALENT.csv"))
                .extracting(ImportProblem::code, p -> p.arguments().getFirst())
                .containsExactly(tuple(Code.WRONG_ENDPOINT, "from"), tuple(Code.WRONG_ENDPOINT, "to"));
        assertThat(report.problemCount()).isEqualTo(report.problems().size());
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(export(ExportFormat.JSON, ExportScope.all())).isEqualTo(exportBefore);
    }

    @Test
    void jsonProblemsPointAtTheValue() throws IOException {
        String json = """
                {"format": "consortium-explorer", "version": 1,
                 "nodes": [
                  {"label": "College", "properties": {"id": "%1$s1", "name": "学院", "kind": "NOPE"}},
                  {"label": "Nothing", "properties": {"id": "%1$s2"}},
                  {"label": "College", "properties": {"id": "%1$s3", "name": "学院", "colour": "red"}}
                 ],
                 "relationships": [
                  {"type": "OFFERS", "from": "%1$s1", "to": "999999", "properties": {"annualIntake": 10}}
                 ]}
                """.formatted(prefix);
        write("bad.json", json);
        List<String> lines = json.lines().toList();

        ImportReport report = importer.importData(folder.resolve("bad.json"), 100, "test", (p, d, t) -> {});

        assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(report.problems())
                .containsExactlyInAnyOrder(
                        ImportProblem.of(
                                "bad.json",
                                3,
                                lines.get(2).indexOf("\"NOPE\"") + 1,
                                Code.NOT_ONE_OF,
                                "kind",
                                "HIGHER_VOCATIONAL, SECONDARY_VOCATIONAL, UNDERGRADUATE, TECHNICIAN",
                                "NOPE"),
                        ImportProblem.of(
                                "bad.json", 4, lines.get(3).indexOf("\"Nothing\"") + 1, Code.UNKNOWN_LABEL, "Nothing"),
                        ImportProblem.of(
                                "bad.json", 5, lines.get(4).indexOf("\"colour\"") + 1, Code.UNKNOWN_PROPERTY, "colour"),
                        ImportProblem.of(
                                "bad.json",
                                8,
                                lines.get(7).indexOf("\"999999\"") + 1,
                                Code.UNKNOWN_ID,
                                "999999",
                                "to"));
        assertThat(count("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n)"))
                .isZero();
    }

    @Test
    void importingTheSameDataTwiceLeavesTheGraphUnchanged() {
        Path city = folder.resolve("city");
        CityGenerator.writeCsv(GeneratorSettings.csv(150, 5, city).withIdPrefix(prefix));
        String subgraph = """
                MATCH (n) WHERE n.id STARTS WITH $prefix
                OPTIONAL MATCH (n)-[r]-()
                RETURN count(DISTINCT n) * 1000000 + count(DISTINCT r)
                """;

        ImportReport first = importer.importData(city, 500, "test", (p, d, t) -> {});
        long afterFirst = count(subgraph);
        Map<String, Object> graphAfterFirst = fingerprint();
        ImportReport second = importer.importData(city, 500, "test", (p, d, t) -> {});

        assertThat(first.status()).isEqualTo(ImportReport.Status.COMPLETED);
        assertThat(second.status()).isEqualTo(ImportReport.Status.COMPLETED);
        assertThat(first.rows()).isEqualTo(second.rows());
        assertThat(first.nodes() + first.relationships()).isEqualTo(first.rows());
        assertThat(count("MATCH (o:Organization) WHERE o.id STARTS WITH $prefix RETURN count(o)"))
                .isEqualTo(150);
        assertThat(count(subgraph)).isEqualTo(afterFirst);
        assertThat(fingerprint()).isEqualTo(graphAfterFirst);
        assertThat(count("MATCH (c:ImportCheckpoint) RETURN count(c)")).isZero();
    }

    @Test
    void repeatedRelationshipRowsBetweenNewNodesWriteOneRelationshipEach() throws IOException {
        write("Enterprise.csv", """
                id,name,size,leading,ownership
                %1$sa,A,LARGE,true,PRIVATE
                %1$sb,B,SMALL,false,PRIVATE
                """.formatted(prefix));
        // Repeats inside one batch and across batches, the undirected tie once in each direction; the last
        // row of a repeated relationship sets its other properties.
        write("COLLABORATES_WITH.csv", """
                from,to,kind,since
                %1$sa,%1$sb,JOINT_TRAINING,2020
                %1$sb,%1$sa,JOINT_TRAINING,2021
                """.formatted(prefix));
        write("FUNDS.csv", """
                from,to,year,channel,amount
                %1$sa,%1$sb,2024,GRANT,100
                %1$sa,%1$sb,2024,GRANT,200
                %1$sa,%1$sb,2025,GRANT,300
                %1$sa,%1$sb,2024,GRANT,400
                """.formatted(prefix));

        ImportReport report = importer.importData(folder, 3, "test", (p, d, t) -> {});

        assertThat(report.status()).isEqualTo(ImportReport.Status.COMPLETED);
        assertThat(count("MATCH (:Enterprise {id: $prefix + 'a'})-[c:COLLABORATES_WITH]-() RETURN count(c)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Enterprise {id: $prefix + 'a'})-[c:COLLABORATES_WITH]-() RETURN c.since"))
                .isEqualTo(2021);
        assertThat(count("""
                        MATCH (:Enterprise {id: $prefix + 'a'})-[f:FUNDS]->()
                        RETURN sum(f.year * 1000 + f.amount)
                        """)).isEqualTo(2024 * 1000 + 400 + 2025 * 1000 + 300);
        assertThat(count("MATCH (:Enterprise {id: $prefix + 'a'})-[f:FUNDS]->() RETURN count(f)"))
                .isEqualTo(2);
    }

    @Test
    void theDocumentedExampleFolderImports() {
        try {
            ImportReport report = importer.importData(Path.of("docs/examples/csv"), 100, "test", (p, d, t) -> {});

            assertThat(report.problems()).isEmpty();
            assertThat(report.status()).isEqualTo(ImportReport.Status.COMPLETED);
            assertThat(count("MATCH (n) WHERE n.id STARTS WITH 'ex-' RETURN count(n)"))
                    .isEqualTo(5);
            assertThat(count("MATCH (:College {id: 'ex-col-river'})-[m:MEMBER_OF]->() RETURN count(m)"))
                    .isEqualTo(2);
        } finally {
            driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'ex-' DETACH DELETE n")
                    .execute();
        }
    }

    @Test
    void jsonExportImportedIntoAnEmptyDatabaseExportsTheSameDocument() throws IOException {
        byte[] original = export(ExportFormat.JSON, ExportScope.all());
        Path file = folder.resolve("graph.json");
        Files.write(file, original);

        // Once through the driver (Cypher, as for an external Neo4j), once in-process (as the embedded app does).
        for (boolean inProcess : new boolean[] {false, true}) {
            try (ScratchNeo4j empty = new ScratchNeo4j(folder.resolve("empty-" + inProcess))) {
                GraphWriters writers = new GraphWriters(empty.driver(), inProcess ? empty.database() : null, null);
                ImportReport report =
                        new GraphImporter(writers, empty.driver()).importData(file, 1000, "test", (p, d, t) -> {});
                assertThat(report.status()).isEqualTo(ImportReport.Status.COMPLETED);
                ByteArrayOutputStream again = new ByteArrayOutputStream();
                new GraphExporter(empty.driver()).export(ExportFormat.JSON, ExportScope.all(), again);

                assertThat(again.toByteArray()).as("in process: %s", inProcess).isEqualTo(original);
                assertThat(empty.count("MATCH (o:Organization) RETURN count(o)"))
                        .isEqualTo(161);
            }
        }
    }

    @Test
    void graphMlIsValidAgainstTheGraphMlSchema() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/graphml/graphml.xsd")));

        String whole = new String(export(ExportFormat.GRAPHML, ExportScope.all()), StandardCharsets.UTF_8);
        schema.newValidator().validate(new StreamSource(new StringReader(whole)));
        assertThat(whole)
                .contains("<key id=\"n_founded\" for=\"node\" attr.name=\"founded\" attr.type=\"long\"")
                .contains("<key id=\"e_since_long\" for=\"edge\" attr.name=\"since_long\" attr.type=\"long\"")
                .contains("<node id=\"col-ybvtc\">")
                .contains("directed=\"false\"");

        String neighbourhood = new String(
                export(ExportFormat.GRAPHML, ExportScope.neighbourhood("col-ybvtc", 1)), StandardCharsets.UTF_8);
        schema.newValidator().validate(new StreamSource(new StringReader(neighbourhood)));
        long neighbours = count("""
                MATCH (c:Organization {id: 'col-ybvtc'})--(m)
                WHERE m:Organization OR m:Consortium OR m:Program OR m:Project OR m:Policy OR m:Industry OR m:Major
                RETURN count(DISTINCT m) + 1
                """);
        assertThat(neighbourhood.split("<node ", -1)).hasSize((int) neighbours + 1);
        assertThat(neighbourhood).contains("<node id=\"cons-battery\">").doesNotContain("ent-minjiang-electric");

        String consortium = new String(
                export(ExportFormat.GRAPHML, ExportScope.consortium("cons-battery")), StandardCharsets.UTF_8);
        schema.newValidator().validate(new StreamSource(new StringReader(consortium)));
        assertThat(consortium).contains("<node id=\"ent-minjiang-electric\">").contains("<node id=\"col-ybvtc\">");
    }
}
