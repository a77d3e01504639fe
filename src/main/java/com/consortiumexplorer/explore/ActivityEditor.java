package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.ParticipationRole;
import com.consortiumexplorer.graph.ProgramKind;
import com.consortiumexplorer.graph.ProjectKind;
import com.consortiumexplorer.graph.ProjectStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds programs and projects, changes projects and records who takes part. Each method is one transaction
 * that validates first and publishes a graph change on success.
 */
@Service
@Transactional(timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class ActivityEditor {

    private final Neo4jClient neo4j;
    private final Catalogue catalogue;
    private final OrganizationDirectory directory;
    private final GraphChanges changes;

    ActivityEditor(Neo4jClient neo4j, Catalogue catalogue, OrganizationDirectory directory, GraphChanges changes) {
        this.neo4j = neo4j;
        this.catalogue = catalogue;
        this.directory = directory;
        this.changes = changes;
    }

    /** An organization taking part in a new program or project. */
    public record ParticipantInput(String organizationId, ParticipationRole role) {}

    /** A new program. */
    public record ProgramInput(
            String id,
            String name,
            String nameEn,
            ProgramKind kind,
            Integer startYear,
            Integer endYear,
            Integer capacity,
            List<ParticipantInput> participants) {}

    /** A new project. */
    public record ProjectInput(
            String id,
            String name,
            String nameEn,
            ProjectKind kind,
            ProjectStatus status,
            LocalDate start,
            LocalDate end,
            Long budget,
            List<ParticipantInput> participants) {}

    /** Changes to a project; null fields stay as they are. */
    public record ProjectUpdate(
            String id,
            Long version,
            String name,
            String nameEn,
            ProjectStatus status,
            LocalDate start,
            LocalDate end,
            Long budget) {}

    /** An organization taking part in a program or project. */
    public record ParticipationInput(String organizationId, String activityId, ParticipationRole role) {}

    /** The program or project an organization now takes part in (one of them is set). */
    public record Activity(ProgramSummary program, ProjectSummary project) {}

    /** Adds a program with its participants. */
    public Outcome<ProgramSummary> addProgram(ProgramInput input) {
        Checks checks = named(input.id(), input.name(), input.nameEn())
                .required("kind", input.kind())
                .range("startYear", input.startYear(), Checks.FIRST_YEAR, Checks.yearsAhead(10))
                .range("endYear", input.endYear(), Checks.FIRST_YEAR, Checks.yearsAhead(20))
                .nonNegative("capacity", input.capacity());
        if (input.startYear() != null && input.endYear() != null && input.endYear() < input.startYear()) {
            checks.fail("endYear", "endYear is before startYear", UserError.Code.OUT_OF_RANGE);
        }
        participants(checks, input.participants());
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        String id = input.id() != null
                ? input.id()
                : "prog-" + UUID.randomUUID().toString().substring(0, 13);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", id);
        properties.put("name", input.name().strip());
        OrganizationEditor.putIfSet(properties, "nameEn", input.nameEn());
        properties.put("kind", input.kind().name());
        OrganizationEditor.putIfSet(properties, "startYear", input.startYear());
        OrganizationEditor.putIfSet(properties, "endYear", input.endYear());
        OrganizationEditor.putIfSet(properties, "capacity", input.capacity());
        properties.put("version", 0L);
        create("Program", properties, input.participants());
        changes.publish("addProgram", "Program", id, Map.of(), properties);
        return Outcome.done(catalogue.program(id).orElseThrow());
    }

    /** Adds a project with its participants. */
    public Outcome<ProjectSummary> addProject(ProjectInput input) {
        Checks checks = named(input.id(), input.name(), input.nameEn())
                .required("kind", input.kind())
                .nonNegative("budget", input.budget());
        dates(checks, input.start(), input.end());
        participants(checks, input.participants());
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        String id = input.id() != null
                ? input.id()
                : "proj-" + UUID.randomUUID().toString().substring(0, 13);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", id);
        properties.put("name", input.name().strip());
        OrganizationEditor.putIfSet(properties, "nameEn", input.nameEn());
        properties.put("kind", input.kind().name());
        properties.put("status", (input.status() == null ? ProjectStatus.PLANNED : input.status()).name());
        OrganizationEditor.putIfSet(properties, "start", input.start());
        OrganizationEditor.putIfSet(properties, "end", input.end());
        OrganizationEditor.putIfSet(properties, "budget", input.budget());
        properties.put("version", 0L);
        create("Project", properties, input.participants());
        changes.publish("addProject", "Project", id, Map.of(), properties);
        return Outcome.done(catalogue.project(id).orElseThrow());
    }

    /** Changes a project at the version the caller last read. */
    public Outcome<ProjectSummary> updateProject(ProjectUpdate input) {
        Optional<ProjectSummary> current = catalogue.project(input.id());
        if (current.isEmpty()) {
            return Outcome.refused("id", "No project has id " + input.id(), UserError.Code.NOT_FOUND);
        }
        ProjectSummary before = current.get();
        Checks checks = new Checks()
                .text("name", input.name())
                .text("nameEn", input.nameEn())
                .nonNegative("budget", input.budget());
        if (input.name() != null && input.name().isBlank()) {
            checks.fail("name", "name must not be blank", UserError.Code.REQUIRED);
        }
        dates(
                checks,
                input.start() != null ? input.start() : before.start(),
                input.end() != null ? input.end() : before.end());
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        if (input.version() == null || before.version() != input.version()) {
            return OrganizationEditor.conflict("Project", input.id(), before.version(), input.version());
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        OrganizationEditor.putIfSet(
                changed, "name", input.name() == null ? null : input.name().strip());
        OrganizationEditor.putIfSet(changed, "nameEn", input.nameEn());
        OrganizationEditor.putIfSet(
                changed,
                "status",
                input.status() == null ? null : input.status().name());
        OrganizationEditor.putIfSet(changed, "start", input.start());
        OrganizationEditor.putIfSet(changed, "end", input.end());
        OrganizationEditor.putIfSet(changed, "budget", input.budget());
        boolean written = neo4j.query("""
                        MATCH (p:Project {id: $id}) WHERE p.version = $version
                        SET p += $changed, p.version = p.version + 1
                        RETURN true
                        """)
                .bindAll(Map.of("id", input.id(), "version", input.version(), "changed", changed))
                .fetchAs(Boolean.class)
                .one()
                .isPresent();
        if (!written) {
            return OrganizationEditor.conflict("Project", input.id(), before.version(), input.version());
        }
        Map<String, Object> old = new LinkedHashMap<>();
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("name", before.name());
        previous.put("nameEn", before.nameEn());
        previous.put("status", before.status());
        previous.put("start", before.start());
        previous.put("end", before.end());
        previous.put("budget", before.budget());
        changed.keySet().forEach(key -> old.put(key, previous.get(key)));
        changes.publish("updateProject", "Project", input.id(), old, changed);
        return Outcome.done(catalogue.project(input.id()).orElseThrow());
    }

    /** Lets an organization take part in a program or project, or changes its role there. */
    public Outcome<Activity> addParticipant(ParticipationInput input) {
        Checks checks = new Checks().required("role", input.role());
        if (directory.find(input.organizationId()).isEmpty()) {
            checks.fail("organizationId", "No organization has id " + input.organizationId(), UserError.Code.NOT_FOUND);
        }
        Optional<ProgramSummary> program = catalogue.program(input.activityId());
        Optional<ProjectSummary> project =
                program.isPresent() ? Optional.empty() : catalogue.project(input.activityId());
        if (program.isEmpty() && project.isEmpty()) {
            checks.fail("activityId", "No program or project has id " + input.activityId(), UserError.Code.NOT_FOUND);
        }
        if (!checks.ok()) {
            return Outcome.refused(checks.errors());
        }
        neo4j.query("""
                        MATCH (o:Organization {id: $organization})
                        CALL () {
                          MATCH (a:Program {id: $activity}) RETURN a
                          UNION MATCH (a:Project {id: $activity}) RETURN a
                        }
                        MERGE (o)-[r:PARTICIPATES_IN]->(a)
                        SET r.role = $role
                        """)
                .bindAll(Map.of(
                        "organization", input.organizationId(),
                        "activity", input.activityId(),
                        "role", input.role().name()))
                .run();
        changes.publish(
                "addParticipant",
                "PARTICIPATES_IN",
                input.organizationId() + "->" + input.activityId(),
                Map.of(),
                Map.of("role", input.role().name()));
        return Outcome.done(new Activity(program.orElse(null), project.orElse(null)));
    }

    private Checks named(String id, String name, String nameEn) {
        Checks checks = new Checks()
                .id("id", id)
                .required("name", name)
                .text("name", name)
                .text("nameEn", nameEn);
        if (id != null && OrganizationEditor.idTaken(neo4j, id)) {
            checks.fail("id", "An entity with id " + id + " already exists", UserError.Code.DUPLICATE);
        }
        return checks;
    }

    private static void dates(Checks checks, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            checks.fail("end", "end (" + end + ") is before start (" + start + ")", UserError.Code.OUT_OF_RANGE);
        }
    }

    private void participants(Checks checks, List<ParticipantInput> participants) {
        if (participants == null) {
            return;
        }
        for (int i = 0; i < participants.size(); i++) {
            String id = participants.get(i).organizationId();
            if (directory.find(id).isEmpty()) {
                checks.fail(
                        "participants." + i + ".organizationId",
                        "No organization has id " + id,
                        UserError.Code.NOT_FOUND);
            }
        }
    }

    private void create(String label, Map<String, Object> properties, List<ParticipantInput> participants) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (participants != null) {
            participants.forEach(p ->
                    rows.add(Map.of("id", p.organizationId(), "role", p.role().name())));
        }
        // label is "Program" or "Project", fixed by the callers above
        neo4j.query("CREATE (a:" + label + ") SET a = $properties\n" + """
                        WITH a
                        UNWIND $participants AS participant
                        MATCH (o:Organization {id: participant.id})
                        MERGE (o)-[r:PARTICIPATES_IN]->(a)
                        SET r.role = participant.role
                        """)
                .bindAll(Map.of("properties", properties, "participants", rows))
                .run();
    }
}
