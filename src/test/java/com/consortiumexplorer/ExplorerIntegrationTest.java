package com.consortiumexplorer;

import com.consortiumexplorer.security.TestAccounts;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an embedded Neo4j of its own (free Bolt port, fresh data folder, demo city loaded),
 * served on a random HTTP port, with an administrator, an editor and a viewer account for tests. Every test
 * class that uses it shares one application context.
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
            "explorer.security.admin-password=" + ExplorerIntegrationTest.ADMIN_PASSWORD
        })
@Import(TestAccounts.class)
public @interface ExplorerIntegrationTest {

    /** User name of a signed-in editor for tests that write; a test-only account. */
    String EDITOR = "test-editor";

    /** Password of {@link #EDITOR}; a test-only value, never used outside tests. */
    String EDITOR_PASSWORD = "test-editor-password";

    /** User name of a signed-in viewer (read-only) for access tests. */
    String VIEWER = "test-viewer";

    /** Password of {@link #VIEWER}; a test-only value. */
    String VIEWER_PASSWORD = "test-viewer-password";

    /** User name of the first administrator in tests. */
    String ADMIN = "admin";

    /** Password of {@link #ADMIN} in tests; a test-only value. */
    String ADMIN_PASSWORD = "test-admin-password";
}
