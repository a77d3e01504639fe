package com.consortiumexplorer.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;

/** GraphQL access to the signed-in principal, user accounts, API tokens and the audit trail. */
@Controller
class SecurityController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final AuditTrail auditTrail;

    SecurityController(UserAccounts accounts, ApiTokens tokens, AuditTrail auditTrail) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.auditTrail = auditTrail;
    }

    /** The caller as the API sees it. */
    record Principal(String name, List<Role> roles) {}

    record AddUserInput(String username, String password, List<Role> roles) {}

    record IssueApiTokenInput(String name, Role role, Integer validDays) {}

    record RevokeApiTokenInput(String id) {}

    @QueryMapping
    Principal me(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        List<Role> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .filter(name -> EnumSet.allOf(Role.class).stream()
                        .anyMatch(r -> r.name().equals(name)))
                .map(Role::valueOf)
                .toList();
        return roles.isEmpty() ? null : new Principal(authentication.getName(), roles);
    }

    @QueryMapping
    List<UserAccount> users() {
        return accounts.list();
    }

    @QueryMapping
    List<ApiToken> apiTokens() {
        return tokens.list();
    }

    @QueryMapping
    List<AuditEntry> auditTrail(
            @Argument Integer first, @Argument Integer skip, @Argument String entityId, @Argument String operation) {
        return auditTrail.entries(first == null ? 50 : first, skip == null ? 0 : skip, entityId, operation);
    }

    /** A validation failure reported in a mutation payload. */
    record UserError(List<String> field, String message, String code) {

        static List<UserError> of(IllegalArgumentException e, String... path) {
            return List.of(new UserError(List.of(path), e.getMessage(), "INVALID"));
        }
    }

    record AddUserPayload(UserAccount user, List<UserError> userErrors) {}

    record IssueApiTokenPayload(ApiToken token, String secret, List<UserError> userErrors) {}

    record RevokeApiTokenPayload(ApiToken token, List<UserError> userErrors) {}

    @MutationMapping
    AddUserPayload addUser(@Argument AddUserInput input) {
        EnumSet<Role> roles = input.roles() == null || input.roles().isEmpty()
                ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(input.roles());
        try {
            return new AddUserPayload(accounts.addUser(input.username(), input.password(), roles), List.of());
        } catch (IllegalArgumentException e) {
            return new AddUserPayload(null, UserError.of(e, "input"));
        }
    }

    @MutationMapping
    IssueApiTokenPayload issueApiToken(@Argument IssueApiTokenInput input) {
        int days = input.validDays() == null ? 90 : input.validDays();
        try {
            ApiTokens.IssuedToken issued = tokens.issue(input.name(), input.role(), Duration.ofDays(days));
            return new IssueApiTokenPayload(issued.token(), issued.secret(), List.of());
        } catch (IllegalArgumentException e) {
            return new IssueApiTokenPayload(null, null, UserError.of(e, "input"));
        }
    }

    @MutationMapping
    RevokeApiTokenPayload revokeApiToken(@Argument RevokeApiTokenInput input) {
        try {
            return new RevokeApiTokenPayload(tokens.revoke(input.id()), List.of());
        } catch (IllegalArgumentException e) {
            return new RevokeApiTokenPayload(null, UserError.of(e, "input", "id"));
        }
    }
}
