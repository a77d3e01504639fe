package com.consortiumexplorer.security;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.util.EnumSet;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Creates the test-only editor and viewer accounts in the graph of the shared test context. */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

    @Bean
    ApplicationRunner testAccountsRunner(UserAccounts accounts) {
        return args -> {
            accounts.ensureUser(
                    ExplorerIntegrationTest.EDITOR, ExplorerIntegrationTest.EDITOR_PASSWORD, EnumSet.of(Role.EDITOR));
            accounts.ensureUser(
                    ExplorerIntegrationTest.VIEWER, ExplorerIntegrationTest.VIEWER_PASSWORD, EnumSet.of(Role.VIEWER));
        };
    }
}
