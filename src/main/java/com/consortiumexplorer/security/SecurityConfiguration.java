package com.consortiumexplorer.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: health and, while anonymous reading is on, the GraphQL endpoint, GraphiQL and export are open;
 * bulk import ({@code /api/import}) is for administrators only; the
 * Vaadin views guard themselves with access annotations. GraphQL is exempt from CSRF tokens because it only
 * accepts JSON bodies, which a browser cannot send across origins without a CORS pre-flight that we never
 * grant. The command-line commands run without a web server, and so without web security.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
            requests.requestMatchers("/api/import", "/api/import/**").hasRole("ADMIN");
            if (properties.anonymousRead()) {
                requests.requestMatchers("/graphql", "/graphql/**", "/graphiql", "/graphiql/**")
                        .permitAll();
                requests.requestMatchers(HttpMethod.GET, "/api/export").permitAll();
            }
        });
        // The REST API serves token and basic-auth clients, never a browser form, so it needs no CSRF token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/graphql", "/api/**"));
        http.httpBasic(basic -> {});
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
