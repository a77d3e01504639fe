package com.consortiumexplorer.security;

import com.consortiumexplorer.graph.GraphChange;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts kept in the graph as {@code :User} nodes with BCrypt password hashes. */
@Service
public class UserAccounts {

    /** Longest user name accepted. */
    public static final int MAX_USERNAME = 64;

    /** Shortest password accepted. */
    public static final int MIN_PASSWORD = 12;

    /** Longest password accepted (BCrypt reads at most 72 bytes). */
    public static final int MAX_PASSWORD = 72;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3," + MAX_USERNAME + "}");

    private final Neo4jClient neo4j;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    UserAccounts(Neo4jClient neo4j, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.neo4j = neo4j;
        this.passwords = passwords;
        this.events = events;
    }

    /** Stored sign-in data of one user. */
    record StoredUser(String username, String passwordHash, Set<Role> roles, boolean enabled) {}

    /** Creates an account; refused when the name is taken or the input is invalid. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount addUser(String username, String password, Set<Role> roles) {
        validate(username, password, roles);
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("User name " + username + " is already taken");
        }
        return create(username, password, roles);
    }

    /** Every account, by user name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return neo4j
                .query("""
                        MATCH (u:User)
                        RETURN u.username AS username, u.roles AS roles, u.enabled AS enabled, u.createdAt AS createdAt
                        ORDER BY u.username
                        """)
                .fetchAs(UserAccount.class)
                .mappedBy((types, row) -> new UserAccount(
                        row.get("username").asString(),
                        roles(row.get("roles")),
                        row.get("enabled").asBoolean(),
                        row.get("createdAt").asZonedDateTime().toInstant()))
                .all()
                .stream()
                .toList();
    }

    /** Whether an enabled administrator exists. */
    @Transactional(readOnly = true)
    boolean hasAdministrator() {
        return neo4j.query("MATCH (u:User) WHERE 'ADMIN' IN u.roles AND u.enabled RETURN count(u) > 0 AS any")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    /** Creates the account unless one of that name exists; for start-up provisioning, not for callers. */
    @Transactional
    boolean ensureUser(String username, String password, Set<Role> roles) {
        validate(username, password, roles);
        if (find(username).isPresent()) {
            return false;
        }
        create(username, password, roles);
        return true;
    }

    @Transactional(readOnly = true)
    Optional<StoredUser> find(String username) {
        return neo4j.query("""
                        MATCH (u:User {username: $username})
                        RETURN u.username AS username, u.passwordHash AS hash, u.roles AS roles, u.enabled AS enabled
                        """)
                .bind(username)
                .to("username")
                .fetchAs(StoredUser.class)
                .mappedBy((types, row) -> new StoredUser(
                        row.get("username").asString(),
                        row.get("hash").asString(),
                        roles(row.get("roles")),
                        row.get("enabled").asBoolean()))
                .one();
    }

    private UserAccount create(String username, String password, Set<Role> roles) {
        List<String> roleNames = roles.stream().map(Role::name).sorted().toList();
        Instant now = Instant.now();
        neo4j.query("""
                        CREATE (u:User {username: $username, passwordHash: $hash, roles: $roles, enabled: true,
                                        createdAt: datetime($createdAt)})
                        """)
                .bindAll(Map.of(
                        "username",
                        username,
                        "hash",
                        passwords.encode(password),
                        "roles",
                        roleNames,
                        "createdAt",
                        now.toString()))
                .run();
        events.publishEvent(new GraphChange(
                "addUser", "User", username, Map.of(), Map.of("roles", roleNames), Actors.current(), now));
        return new UserAccount(username, EnumSet.copyOf(roles), true, now);
    }

    private static void validate(String username, String password, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "A user name has 3 to " + MAX_USERNAME + " characters: letters, digits, dot, dash or underscore");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new IllegalArgumentException(
                    "A password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
    }

    private static Set<Role> roles(Value value) {
        return value.asList(Value::asString).stream()
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
