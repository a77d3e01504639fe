package com.consortiumexplorer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.graph.GraphBackup;
import com.consortiumexplorer.ingest.GraphImporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The role rules hold however a service is reached: over GraphQL a visitor who is not signed in gets
 * UNAUTHORIZED and a viewer FORBIDDEN for every kind of mutation, an editor FORBIDDEN for administration; the
 * import, backup and restore services refuse callers below ADMIN even when called directly (as the UI and the
 * command line do); and nothing is written by a refused call.
 */
@ExplorerIntegrationTest
class AccessRulesIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    GraphImporter importer;

    @Autowired
    GraphBackup backup;

    @TempDir
    Path folder;

    private ApiProbe api() {
        return new ApiProbe(port);
    }

    private String organizationId(String type) {
        return driver.executableQuery("MATCH (o:Organization) WHERE $type IN labels(o) RETURN o.id AS id ORDER BY id")
                .withParameters(Map.of("type", type))
                .execute()
                .records()
                .getFirst()
                .get("id")
                .asString();
    }

    private Map<String, String> editorMutations() {
        String government = organizationId("Government");
        String college = organizationId("College");
        String enterprise = organizationId("Enterprise");
        String id = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        return Map.of(
                "addOrganization",
                "mutation { addOrganization(input: {id: \"" + id
                        + "\", type: ENTERPRISE, name: \"拒绝\"}) { userErrors { code } } }",
                "addCollaboration",
                "mutation { addCollaboration(input: {organizationId: \"" + college + "\", partnerId: \"" + enterprise
                        + "\", kind: JOINT_DEVELOPMENT, since: 2001}) { userErrors { code } } }",
                "recordFlow",
                "mutation { recordFlow(input: {kind: FUNDING, sourceId: \"" + government + "\", targetId: \"" + college
                        + "\", year: 1950, amount: 7, channel: GRANT}) { userErrors { code } } }",
                "addProgram",
                "mutation { addProgram(input: {id: \"" + id
                        + "-p\", name: \"拒绝\", kind: INTERNSHIP}) { userErrors { code } } }",
                "setMajorDemand",
                "mutation { setMajorDemand(input: {enterpriseId: \"" + enterprise
                        + "\", majorCode: \"460701\", year: 2030, headcount: 3}) { userErrors { code } } }");
    }

    private static final Map<String, String> ADMIN_MUTATIONS = Map.of(
            "addUser",
            "mutation { addUser(input: {username: \"intruder\", password: \"long enough password\", roles: [ADMIN]})"
                    + " { userErrors { code } } }",
            "issueApiToken",
            "mutation { issueApiToken(input: {name: \"intruder\", role: ADMIN}) { secret userErrors { code } } }");

    @Test
    void mutationsAreUnauthorizedForVisitorsAndForbiddenForViewersAndWriteNothing() {
        ApiProbe api = api();
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        editorMutations().forEach((name, mutation) -> {
            assertThat(ApiProbe.classification(api.graphql(null, mutation, Map.of())))
                    .as("%s without signing in", name)
                    .isEqualTo("UNAUTHORIZED");
            assertThat(ApiProbe.classification(api.graphql(ApiProbe.VIEWER, mutation, Map.of())))
                    .as("%s as a viewer", name)
                    .isEqualTo("FORBIDDEN");
        });
        ADMIN_MUTATIONS.forEach((name, mutation) -> {
            assertThat(ApiProbe.classification(api.graphql(null, mutation, Map.of())))
                    .as(name)
                    .isEqualTo("UNAUTHORIZED");
            assertThat(ApiProbe.classification(api.graphql(ApiProbe.VIEWER, mutation, Map.of())))
                    .as(name)
                    .isEqualTo("FORBIDDEN");
            assertThat(ApiProbe.classification(api.graphql(ApiProbe.EDITOR, mutation, Map.of())))
                    .as("%s as an editor", name)
                    .isEqualTo("FORBIDDEN");
        });
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    void bulkImportAndBackupsOverHttpAreForAdministratorsOnly() {
        ApiProbe api = api();
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        String boundary = "----rules" + UUID.randomUUID();
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Industry.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\ncode,name\r\nZZ99,入侵\r\n--" + boundary + "--\r\n";
        for (String path : new String[] {"/api/import", "/api/admin/restore"}) {
            String type = "multipart/form-data; boundary=" + boundary;
            assertThat(api.send(null, path, type, HttpRequest.BodyPublishers.ofString(upload))
                            .statusCode())
                    .as(path)
                    .isEqualTo(401);
            assertThat(api.send(ApiProbe.EDITOR, path, type, HttpRequest.BodyPublishers.ofString(upload))
                            .statusCode())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    void theImportServiceRefusesCallersWhoAreNotSignedIn() throws Exception {
        Path csv = Files.writeString(folder.resolve("Industry.csv"), "code,name\nZZ98,未登录\n");
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        assertThatThrownBy(() -> importer.importData(csv, 10, "nobody", (phase, done, total) -> {}))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "an-editor", roles = "EDITOR")
    void importBackupAndRestoreServicesAreForAdministratorsEvenWhenCalledDirectly() throws Exception {
        Path csv = Files.writeString(folder.resolve("Industry.csv"), "code,name\nZZ97,编辑\n");
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        assertThatThrownBy(() -> importer.importData(csv, 10, "an-editor", (phase, done, total) -> {}))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backup.backup(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "an-administrator", roles = "ADMIN")
    void anAdministratorImportsThroughTheSameService() throws Exception {
        String code = "ZZ" + (int) (Math.random() * 90 + 10);
        Path csv = Files.writeString(folder.resolve("Industry.csv"), "code,name\n" + code + ",管理员导入\n");
        try {
            assertThat(importer.importData(csv, 10, "an-administrator", (phase, done, total) -> {})
                            .nodes())
                    .isEqualTo(1);
            assertThat(driver.executableQuery("MATCH (i:Industry {code: $code}) RETURN i.name AS name")
                            .withParameters(Map.of("code", code))
                            .execute()
                            .records()
                            .getFirst()
                            .get("name")
                            .asString())
                    .isEqualTo("管理员导入");
        } finally {
            driver.executableQuery("MATCH (i:Industry {code: $code}) DETACH DELETE i")
                    .withParameters(Map.of("code", code))
                    .execute();
        }
    }

    @Test
    void theViewerTheRulesAreTestedWithHoldsOnlyTheViewerRole() {
        ApiProbe api = api();
        assertThat(api.body(api.graphql(ApiProbe.VIEWER, "{ me { roles } }", Map.of()))
                        .path("data")
                        .path("me")
                        .path("roles")
                        .toString())
                .isEqualTo("[\"VIEWER\"]");
    }
}
