package com.consortiumexplorer.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: health and, while anonymous reading is on, the GraphQL endpoint and GraphiQL are open; the
 * Vaadin views guard themselves with access annotations. GraphQL is exempt from CSRF tokens because it only
 * accepts JSON bodies, which a browser cannot send across origins without a CORS pre-flight that we never
 * grant.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
            // Error dispatches carry the status of a request already authorized (e.g. 400 for a malformed
            // GraphQL body); guarding them would turn that status into a redirect to the login page.
            requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
            if (properties.anonymousRead()) {
                requests.requestMatchers("/graphql", "/graphql/**", "/graphiql", "/graphiql/**")
                        .permitAll();
            }
        });
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/graphql"));
        http.httpBasic(basic -> {});
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
