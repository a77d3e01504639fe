package com.consortiumexplorer.graph;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * An actor of a consortium. Every organization carries the {@code :Organization} label plus exactly one type
 * label, contributed by its concrete subclass.
 */
@Node("Organization")
public abstract class Organization {

    @Id
    private String id;

    @Version
    private Long version;

    private String name;
    private String nameEn;
    private String city;
    private String regionCode;
    private Integer founded;
    private String description;
    private String descriptionEn;

    @Relationship("MEMBER_OF")
    private List<Membership> memberships = new ArrayList<>();

    @Relationship("PARTICIPATES_IN")
    private List<ProgramParticipation> programParticipations = new ArrayList<>();

    @Relationship("PARTICIPATES_IN")
    private List<ProjectParticipation> projectParticipations = new ArrayList<>();

    @Relationship("COLLABORATES_WITH")
    private List<Collaboration> collaborations = new ArrayList<>();

    @Relationship("FUNDS")
    private List<OrganizationFunding> organizationFundings = new ArrayList<>();

    @Relationship("FUNDS")
    private List<ProgramFunding> programFundings = new ArrayList<>();

    @Relationship("FUNDS")
    private List<ProjectFunding> projectFundings = new ArrayList<>();

    @Relationship("TRANSFERS_TECHNOLOGY")
    private List<TechnologyTransfer> technologyTransfers = new ArrayList<>();

    @Relationship("SHARES_FACILITY")
    private List<FacilitySharing> facilitySharings = new ArrayList<>();

    @Relationship("OPERATES_IN")
    private List<Industry> industries = new ArrayList<>();

    protected Organization() {}

    protected Organization(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** The kind of this organization, matching its type label. */
    public abstract OrganizationType type();

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Integer getFounded() {
        return founded;
    }

    public void setFounded(Integer founded) {
        this.founded = founded;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    public List<ProgramParticipation> getProgramParticipations() {
        return programParticipations;
    }

    public List<ProjectParticipation> getProjectParticipations() {
        return projectParticipations;
    }

    public List<Collaboration> getCollaborations() {
        return collaborations;
    }

    public List<OrganizationFunding> getOrganizationFundings() {
        return organizationFundings;
    }

    public List<ProgramFunding> getProgramFundings() {
        return programFundings;
    }

    public List<ProjectFunding> getProjectFundings() {
        return projectFundings;
    }

    public List<TechnologyTransfer> getTechnologyTransfers() {
        return technologyTransfers;
    }

    public List<FacilitySharing> getFacilitySharings() {
        return facilitySharings;
    }

    public List<Industry> getIndustries() {
        return industries;
    }
}
