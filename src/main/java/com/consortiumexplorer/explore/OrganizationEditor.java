package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.AgencyService;
import com.consortiumexplorer.graph.CollegeKind;
import com.consortiumexplorer.graph.CooperationKind;
import com.consortiumexplorer.graph.EnterpriseSize;
import com.consortiumexplorer.graph.GovernmentLevel;
import com.consortiumexplorer.graph.OrganizationType;
import com.consortiumexplorer.graph.Ownership;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and removes organizations and their cooperation ties. Each method is one transaction that
 * validates first, refuses with user errors (writing nothing), and publishes a graph change on success.
 */
@Service
@Transactional(timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class OrganizationEditor {

    private static final Map<OrganizationType, String> ID_PREFIXES = Map.of(
            OrganizationType.GOVERNMENT, "gov",
            OrganizationType.COLLEGE, "col",
            OrganizationType.ENTERPRISE, "ent",
            OrganizationType.RESEARCH_INSTITUTE, "ri",
            OrganizationType.INDUSTRY_ASSOCIATION, "asso",
            OrganizationType.SERVICE_AGENCY, "svc");

    private final Neo4jClient neo4j;
    private final OrganizationDirectory directory;
    private final GraphChanges changes;

    OrganizationEditor(Neo4jClient neo4j, OrganizationDirectory directory, GraphChanges changes) {
        this.neo4j = neo4j;
        this.directory = directory;
        this.changes = changes;
    }

    /** The properties of a new organization; kind-specific ones only for their kind. */
    public record AddInput(
            String id,
            OrganizationType type,
            String name,
            String nameEn,
            String city,
            String regionCode,
            Integer founded,
            String description,
            GovernmentLevel level,
            CollegeKind kind,
            EnterpriseSize size,
            Boolean leading,
            Ownership ownership,
            String field,
            AgencyService service) {

        KindProperties kindProperties() {
            return new KindProperties(level, kind, size, leading, ownership, field, service);
        }
    }

    /** Changes to an organization; null fields stay as they are. */
    public record UpdateInput(
            String id,
            Long version,
            String name,
            String nameEn,
            String city,
            String regionCode,
            Integer founded,
            String description,
            GovernmentLevel level,
            CollegeKind kind,
            EnterpriseSize size,
            Boolean leading,
            Ownership ownership,
            String field,
            AgencyService service) {

        KindProperties kindProperties() {
            return new KindProperties(level, kind, size, leading, ownership, field, service);
        }
    }

    /** Which organization to remove, at which version, and whether to remove its relationships too. */
    public record RemoveInput(String id, Long version, Boolean detach) {}

    /** A cooperation tie between two organizations. */
    public record CollaborationInput(String organizationId, String partnerId, CooperationKind kind, Integer since) {}

    /** Both ends of a cooperation tie after a change. */
    public record Tie(OrganizationSummary organization, OrganizationSummary partner) {}

    private record KindProperties(
            GovernmentLevel level,
            CollegeKind kind,
            EnterpriseSize size,
            Boolean leading,
            Ownership ownership,
            String field,
            AgencyService service) {

        /** Checks that only the properties of the given kind are set. */
        void check(OrganizationType type, Checks checks) {
            only(checks, "level", level, type == OrganizationType.GOVERNMENT, type);
            only(checks, "kind", kind, type == OrganizationType.COLLEGE, type);
            only(checks, "size", size, type == OrganizationType.ENTERPRISE, type);
            only(checks, "leading", leading, type == OrganizationType.ENTERPRISE, type);
            only(checks, "ownership", ownership, type == OrganizationType.ENTERPRISE, type);
            only(checks, "field", field, type == OrganizationType.RESEARCH_INSTITUTE, type);
            only(checks, "service", service, type == OrganizationType.SERVICE_AGENCY, type);
        }

        private static void only(Checks checks, String name, Object value, boolean allowed, OrganizationType type) {
            if (value != null && !allowed) {
                checks.fail(name, name + " does not apply to an organization of type " + type, UserError.Code.INVALID);
            }
        }

        void putInto(Map<String, Object> properties) {
            putIfSet(properties, "level", level == null ? null : level.name());
            putIfSet(properties, "kind", kind == null ? null : kind.name());
            putIfSet(properties, "size", size == null ? null : size.name());
            putIfSet(properties, "leading", leading);
            putIfSet(properties, "ownership", ownership == null ? null : ownership.name());
            putIfSet(properties, "field", field);
            putIfSet(properties, "service", service == null ? null : service.name());
        }
    }

    /** Adds an organization. */
    public Outcome<OrganizationSummary> add(AddInput input) {
        Checks checks = new Checks()
                .required("type", input.type())
                .required("name", input.name())
                .text("name", input.name())
                .text("nameEn", input.nameEn())
                .text("description", input.description())
                .id("id", input.id())
                .regionCode("regionCode", input.regionCode())
                .range("founded", input.founded(), 1800, Checks.yearsAhead(1));
        if (input.type() != null) {
            input.kindProperties().check(input.type(), checks);
        }
        if (input.id() != null && idTaken(neo4j, input.id())) {
            checks.fail("id", "An entity with id " + input.id() + " already exists", UserError.Code.DUPLICATE);
        }
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        String id = input.id() != null
                ? input.id()
                : ID_PREFIXES.get(input.type()) + "-"
                        + UUID.randomUUID().toString().substring(0, 13);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", id);
        putIfSet(properties, "name", input.name().strip());
        putIfSet(properties, "nameEn", input.nameEn());
        putIfSet(properties, "city", input.city());
        putIfSet(properties, "regionCode", input.regionCode());
        putIfSet(properties, "founded", input.founded());
        putIfSet(properties, "description", input.description());
        input.kindProperties().putInto(properties);
        properties.put("version", 0L);
        // The type label comes from the OrganizationType enum, never from request text.
        neo4j.query("CREATE (o:Organization:" + input.type().label() + ") SET o = $properties")
                .bind(properties)
                .to("properties")
                .run();
        changes.publish("addOrganization", "Organization", id, Map.of(), properties);
        return Outcome.done(directory.find(id).orElseThrow());
    }

    /** Changes an organization at the version the caller last read. */
    public Outcome<OrganizationSummary> update(UpdateInput input) {
        Checks checks = new Checks()
                .required("id", input.id())
                .required("version", input.version())
                .text("name", input.name())
                .text("nameEn", input.nameEn())
                .text("description", input.description())
                .regionCode("regionCode", input.regionCode())
                .range("founded", input.founded(), 1800, Checks.yearsAhead(1));
        if (input.name() != null && input.name().isBlank()) {
            checks.fail("name", "name must not be blank", UserError.Code.REQUIRED);
        }
        Optional<OrganizationSummary> current = input.id() == null ? Optional.empty() : directory.find(input.id());
        if (input.id() != null && current.isEmpty()) {
            return Outcome.refused("id", "No organization has id " + input.id(), UserError.Code.NOT_FOUND);
        }
        current.ifPresent(organization -> input.kindProperties().check(organization.type(), checks));
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        OrganizationSummary before = current.orElseThrow();
        if (before.version() != input.version()) {
            return conflict("Organization", input.id(), before.version(), input.version());
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        putIfSet(changed, "name", input.name() == null ? null : input.name().strip());
        putIfSet(changed, "nameEn", input.nameEn());
        putIfSet(changed, "city", input.city());
        putIfSet(changed, "regionCode", input.regionCode());
        putIfSet(changed, "founded", input.founded());
        putIfSet(changed, "description", input.description());
        input.kindProperties().putInto(changed);
        Map<String, Object> previous = neo4j.query("""
                        MATCH (o:Organization {id: $id}) WHERE o.version = $version
                        WITH o, properties(o) AS previous
                        SET o += $changed, o.version = o.version + 1
                        RETURN previous
                        """)
                .bindAll(Map.of("id", input.id(), "version", input.version(), "changed", changed))
                .fetchAs(Map.class)
                .mappedBy((types, row) -> row.get("previous").asMap())
                .one()
                .orElse(null);
        if (previous == null) {
            return conflict("Organization", input.id(), before.version(), input.version());
        }
        Map<String, Object> old = new LinkedHashMap<>();
        changed.keySet().forEach(key -> old.put(key, previous.get(key)));
        changes.publish("updateOrganization", "Organization", input.id(), old, changed);
        return Outcome.done(directory.find(input.id()).orElseThrow());
    }

    /** Removes an organization; one with relationships only when asked to detach them. */
    public Outcome<String> remove(RemoveInput input) {
        Optional<OrganizationSummary> current = directory.find(input.id());
        if (current.isEmpty()) {
            return Outcome.refused("id", "No organization has id " + input.id(), UserError.Code.NOT_FOUND);
        }
        if (input.version() == null || current.get().version() != input.version()) {
            return conflict("Organization", input.id(), current.get().version(), input.version());
        }
        long relationships = neo4j.query("MATCH (o:Organization {id: $id}) RETURN COUNT { (o)--() } AS n")
                .bind(input.id())
                .to("id")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        boolean detach = Boolean.TRUE.equals(input.detach());
        if (relationships > 0 && !detach) {
            return Outcome.refused(
                    "detach",
                    "Organization " + input.id() + " has " + relationships
                            + " relationships (memberships, ties, flows…); pass detach: true to remove them too",
                    UserError.Code.HAS_HISTORY);
        }
        neo4j.query("MATCH (o:Organization {id: $id}) DETACH DELETE o")
                .bind(input.id())
                .to("id")
                .run();
        changes.publish(
                "removeOrganization",
                "Organization",
                input.id(),
                Map.of("name", current.get().name(), "relationships", relationships),
                Map.of());
        return Outcome.done(input.id());
    }

    /** Records a cooperation tie; refused when a tie of that kind exists in either direction. */
    public Outcome<Tie> addCollaboration(CollaborationInput input) {
        Checks checks = new Checks()
                .required("kind", input.kind())
                .range("since", input.since(), Checks.FIRST_YEAR, Checks.yearsAhead(1));
        Outcome<Tie> ends = ends(input, checks);
        if (ends.isRefused()) {
            return ends;
        }
        if (tieExists(input)) {
            return Outcome.refused(
                    "kind",
                    "A " + input.kind() + " tie between " + input.organizationId() + " and " + input.partnerId()
                            + " already exists",
                    UserError.Code.DUPLICATE);
        }
        neo4j.query("""
                        MATCH (a:Organization {id: $a}), (b:Organization {id: $b})
                        CREATE (a)-[:COLLABORATES_WITH {kind: $kind, since: $since}]->(b)
                        """).bindAll(tieParameters(input)).run();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", input.kind().name());
        after.put("since", input.since());
        changes.publish("addCollaboration", "COLLABORATES_WITH", tieId(input), Map.of(), after);
        return Outcome.done(freshEnds(input));
    }

    /** Removes the cooperation ties of one kind between two organizations, in either direction. */
    public Outcome<Tie> removeCollaboration(CollaborationInput input) {
        Outcome<Tie> ends = ends(input, new Checks().required("kind", input.kind()));
        if (ends.isRefused()) {
            return ends;
        }
        long removed = neo4j.query("""
                        MATCH (:Organization {id: $a})-[r:COLLABORATES_WITH {kind: $kind}]-(:Organization {id: $b})
                        DELETE r
                        RETURN count(r) AS n
                        """)
                .bindAll(tieParameters(input))
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        if (removed == 0) {
            return Outcome.refused(
                    "kind",
                    "No " + input.kind() + " tie between " + input.organizationId() + " and " + input.partnerId(),
                    UserError.Code.NOT_FOUND);
        }
        changes.publish(
                "removeCollaboration",
                "COLLABORATES_WITH",
                tieId(input),
                Map.of("kind", input.kind().name()),
                Map.of());
        return Outcome.done(freshEnds(input));
    }

    private Outcome<Tie> ends(CollaborationInput input, Checks checks) {
        if (directory.find(input.organizationId()).isEmpty()) {
            checks.fail("organizationId", "No organization has id " + input.organizationId(), UserError.Code.NOT_FOUND);
        }
        if (directory.find(input.partnerId()).isEmpty()) {
            checks.fail("partnerId", "No organization has id " + input.partnerId(), UserError.Code.NOT_FOUND);
        }
        if (input.organizationId().equals(input.partnerId())) {
            checks.fail("partnerId", "An organization cannot cooperate with itself", UserError.Code.INVALID);
        }
        return checks.ok() ? Outcome.done(null) : Outcome.refused(checks.errors());
    }

    private boolean tieExists(CollaborationInput input) {
        return neo4j.query("""
                        RETURN EXISTS {
                          (:Organization {id: $a})-[:COLLABORATES_WITH {kind: $kind}]-(:Organization {id: $b})
                        } AS found
                        """)
                .bindAll(tieParameters(input))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    private Tie freshEnds(CollaborationInput input) {
        return new Tie(
                directory.find(input.organizationId()).orElseThrow(),
                directory.find(input.partnerId()).orElseThrow());
    }

    private static Map<String, Object> tieParameters(CollaborationInput input) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("a", input.organizationId());
        parameters.put("b", input.partnerId());
        parameters.put("kind", input.kind().name());
        parameters.put("since", input.since());
        return parameters;
    }

    private static String tieId(CollaborationInput input) {
        return input.organizationId() + "->" + input.partnerId();
    }

    /** Whether an organization, consortium, program or project has this id. */
    static boolean idTaken(Neo4jClient neo4j, String id) {
        return neo4j.query("""
                        RETURN EXISTS { MATCH (n:Organization {id: $id}) } OR EXISTS { MATCH (n:Consortium {id: $id}) }
                            OR EXISTS { MATCH (n:Program {id: $id}) } OR EXISTS { MATCH (n:Project {id: $id}) } AS found
                        """).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    static <T> Outcome<T> conflict(String entity, String id, long current, Long sent) {
        return Outcome.refused(
                "version",
                entity + " " + id + " was changed by someone else: its version is " + current + ", you sent " + sent
                        + "; read it again and reapply your change",
                UserError.Code.CONFLICT);
    }

    static void putIfSet(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
