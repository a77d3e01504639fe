package com.consortiumexplorer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on an embedded Neo4j of its own (free Bolt port, fresh data folder, demo city loaded),
 * served on a random HTTP port. Every test class that uses it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "explorer.embedded.bolt-port=0",
            "explorer.embedded.data-dir=target/it-neo4j/${random.uuid}",
            "explorer.embedded.page-cache=64",
            "spring.security.user.name=" + ExplorerIntegrationTest.EDITOR,
            "spring.security.user.password=" + ExplorerIntegrationTest.EDITOR_PASSWORD,
            "spring.security.user.roles=EDITOR"
        })
public @interface ExplorerIntegrationTest {

    /** User name of a signed-in editor for tests that write; a test-only account. */
    String EDITOR = "test-editor";

    /** Password of {@link #EDITOR}; a test-only value, never used outside tests. */
    String EDITOR_PASSWORD = "test-editor-password";
}
