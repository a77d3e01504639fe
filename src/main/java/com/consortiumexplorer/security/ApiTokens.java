package com.consortiumexplorer.security;

import com.consortiumexplorer.graph.GraphChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists, revokes and checks API tokens that tools send as {@code Authorization: Bearer …}. */
@Service
public class ApiTokens {

    /** Prefix of every token secret, so a leaked one is easy to recognise. */
    public static final String PREFIX = "cex_";

    /** Longest lifetime a token may be given. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private static final String PROJECTION = """
            RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.expiresAt AS expiresAt,
                   t.revoked AS revoked, t.createdBy AS createdBy
            """;

    private final Neo4jClient neo4j;
    private final ApplicationEventPublisher events;

    ApiTokens(Neo4jClient neo4j, ApplicationEventPublisher events) {
        this.neo4j = neo4j;
        this.events = events;
    }

    /** A newly issued token with its secret, which is never shown again. */
    public record IssuedToken(ApiToken token, String secret) {}

    /** Issues a named token with a role that expires after the given lifetime. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedToken issue(String name, Role role, Duration lifetime) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A token needs a name of 1 to 100 characters");
        }
        if (role == null) {
            throw new IllegalArgumentException("A token needs a role");
        }
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("A token lives between 1 second and " + MAX_LIFETIME.toDays() + " days");
        }
        String secret = PREFIX + Secrets.random(32);
        Instant now = Instant.now();
        ApiToken token = new ApiToken(
                UUID.randomUUID().toString(), name.strip(), role, now, now.plus(lifetime), false, Actors.current());
        neo4j.query("""
                        CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, revoked: false,
                                            createdAt: datetime($createdAt), expiresAt: datetime($expiresAt),
                                            createdBy: $createdBy})
                        """)
                .bindAll(Map.of(
                        "id", token.id(),
                        "name", token.name(),
                        "role", role.name(),
                        "hash", Secrets.sha256(secret),
                        "createdAt", now.toString(),
                        "expiresAt", token.expiresAt().toString(),
                        "createdBy", token.createdBy()))
                .run();
        events.publishEvent(new GraphChange(
                "issueApiToken",
                "ApiToken",
                token.id(),
                Map.of(),
                Map.of(
                        "name",
                        token.name(),
                        "role",
                        role.name(),
                        "expiresAt",
                        token.expiresAt().toString()),
                token.createdBy(),
                now));
        return new IssuedToken(token, secret);
    }

    /** Revokes a token; it is refused from the next request on. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ApiToken revoke(String id) {
        ApiToken token = neo4j.query("MATCH (t:ApiToken {id: $id}) SET t.revoked = true\n" + PROJECTION)
                .bind(id)
                .to("id")
                .fetchAs(ApiToken.class)
                .mappedBy((types, row) -> map(row))
                .one()
                .orElseThrow(() -> new IllegalArgumentException("No API token with id " + id));
        events.publishEvent(new GraphChange(
                "revokeApiToken",
                "ApiToken",
                id,
                Map.of("revoked", false),
                Map.of("revoked", true),
                Actors.current(),
                Instant.now()));
        return token;
    }

    /** Every token, newest first, without secrets. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        return neo4j
                .query("MATCH (t:ApiToken)\n" + PROJECTION + "ORDER BY t.createdAt DESC")
                .fetchAs(ApiToken.class)
                .mappedBy((types, row) -> map(row))
                .all()
                .stream()
                .toList();
    }

    /** The token that has this secret, if it exists and may be used now. */
    @Transactional(readOnly = true)
    Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return neo4j.query("MATCH (t:ApiToken {hash: $hash})\n" + PROJECTION)
                .bind(Secrets.sha256(secret))
                .to("hash")
                .fetchAs(ApiToken.class)
                .mappedBy((types, row) -> map(row))
                .one()
                .filter(token -> token.isUsableAt(Instant.now()));
    }

    private static ApiToken map(Record row) {
        return new ApiToken(
                row.get("id").asString(),
                row.get("name").asString(),
                Role.valueOf(row.get("role").asString()),
                row.get("createdAt").asZonedDateTime().toInstant(),
                row.get("expiresAt").asZonedDateTime().toInstant(),
                row.get("revoked").asBoolean(),
                row.get("createdBy").asString(null));
    }
}
