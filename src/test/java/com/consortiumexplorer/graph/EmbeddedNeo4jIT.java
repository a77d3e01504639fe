package com.consortiumexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.recovery.Recovery;
import org.neo4j.memory.EmptyMemoryTracker;

/** The embedded engine on its own: loopback Bolt, authentication, the password file and clean shutdown. */
class EmbeddedNeo4jIT {

    @TempDir
    Path dataDir;

    private EmbeddedNeo4jProperties properties() {
        return new EmbeddedNeo4jProperties(dataDir, 0, 32);
    }

    private static long countNodes(EmbeddedNeo4j neo4j, String password) {
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), password))) {
            return driver.executableQuery("MATCH (n:Probe) RETURN count(n) AS n")
                    .execute()
                    .records()
                    .getFirst()
                    .get("n")
                    .asLong();
        }
    }

    @Test
    void listensOnLoopbackOnlyAndRefusesAWrongPassword() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(), "", "")) {
            assertThat(neo4j.boltUri()).startsWith("bolt://127.0.0.1:");
            assertThat(countNodes(neo4j, neo4j.password())).isZero();
            assertThatThrownBy(() -> countNodes(neo4j, "not-the-password")).isInstanceOf(AuthenticationException.class);
            try (Driver defaults = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(defaults::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void generatedPasswordIsKeptInAnOwnerOnlyFileAndReusedOnTheNextStart() throws Exception {
        String first;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(), null, null)) {
            first = neo4j.password();
        }
        Path file = dataDir.resolve(EmbeddedCredentials.PASSWORD_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
                .isEqualTo("rwx------");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(), null, null)) {
            assertThat(neo4j.password()).isEqualTo(first);
            assertThat(countNodes(neo4j, first)).isZero();
        }
    }

    @Test
    void configuredCredentialsWinAndTheDefaultAccountIsLockedAway() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(), "explorer", "a-long-enough-secret")) {
            assertThat(neo4j.username()).isEqualTo("explorer");
            assertThat(countNodes(neo4j, "a-long-enough-secret")).isZero();
            try (Driver defaults = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(defaults::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        assertThat(dataDir.resolve(EmbeddedCredentials.PASSWORD_FILE)).doesNotExist();
    }

    @Test
    void cleanShutdownLeavesNothingToRecoverAndKeepsTheData() throws Exception {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(), null, null);
                Driver driver =
                        GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.username(), neo4j.password()))) {
            driver.executableQuery("CREATE (:Probe {at: datetime()})").execute();
        }
        Path home = dataDir.resolve("neo4j");
        Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home);
        boolean recoveryRequired = Recovery.isRecoveryRequired(
                new DefaultFileSystemAbstraction(),
                Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
                config,
                EmptyMemoryTracker.INSTANCE);
        assertThat(recoveryRequired).isFalse();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(), null, null)) {
            assertThat(countNodes(neo4j, neo4j.password())).isEqualTo(1);
        }
    }
}
