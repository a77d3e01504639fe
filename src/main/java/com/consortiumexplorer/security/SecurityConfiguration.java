package com.consortiumexplorer.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Web security. Reads are open to anonymous visitors while {@code explorer.security.anonymous-read} is on,
 * otherwise they need VIEWER; writes are checked in the services ({@code @PreAuthorize}), so GraphQL, REST, the
 * UI and the command line obey the same rules. Tools authenticate with API tokens ({@code Bearer}) or HTTP
 * basic; people sign in on the login page. GraphQL and the API are exempt from CSRF tokens because they only
 * accept JSON or multipart bodies sent with credentials a browser does not attach across origins on its own.
 * Bulk import is for administrators. The command-line commands run without a web server, and so without this;
 * they act as the {@link CommandLineOperator}, subject to the same service-layer checks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, ApiTokens tokens)
            throws Exception {
        http.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                    .permitAll();
            // Error dispatches carry the status of a request already authorized (e.g. 400 for a malformed
            // GraphQL body); guarding them would turn that status into a redirect to the login page.
            requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
            requests.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
            requests.requestMatchers("/api/audit.csv", "/api/admin/**", "/api/import", "/api/import/**")
                    .hasRole(Role.ADMIN.name());
            if (properties.anonymousRead()) {
                requests.requestMatchers("/graphql", "/graphql/**", "/graphiql", "/graphiql/**")
                        .permitAll();
                requests.requestMatchers(HttpMethod.GET, "/api/export").permitAll();
            } else {
                requests.requestMatchers("/graphql", "/graphql/**", "/graphiql", "/graphiql/**")
                        .hasRole(Role.VIEWER.name());
                requests.requestMatchers(HttpMethod.GET, "/api/export").hasRole(Role.VIEWER.name());
            }
        });
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/graphql", "/graphql/**", "/api/**"));
        http.httpBasic(basic -> {});
        http.headers(headers -> headers.referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * No Micrometer observation around each security filter and authorization check: they built meters on every
     * request (a twentieth of a small GraphQL request's CPU); the request itself is still timed by the HTTP server
     * metrics.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
