package com.consortiumexplorer.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when the graph has none. There is no built-in password: it comes from
 * {@code EXPLORER_ADMIN_PASSWORD}, or is generated and written to the log this one time.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final SecurityProperties properties;

    FirstAdministrator(UserAccounts accounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAdministrator()) {
            return;
        }
        String configured = properties.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? Secrets.random(18) : configured;
        accounts.ensureUser(properties.adminUsername(), password, EnumSet.of(Role.ADMIN));
        if (generated) {
            log.warn(
                    "Created the first administrator '{}' with the generated password {} — it is shown only now;"
                            + " set EXPLORER_ADMIN_PASSWORD to choose one instead",
                    properties.adminUsername(),
                    password);
        } else {
            log.info("Created the first administrator '{}' with the configured password", properties.adminUsername());
        }
    }
}
