package com.consortiumexplorer.graph;

import java.time.LocalDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A city-level industry-education consortium (市域产教联合体). */
@Node("Consortium")
public class Consortium {

    @Id
    private String id;

    @Version
    private Long version;

    private String name;
    private String nameEn;
    private String city;
    private LocalDate established;
    private ConsortiumStatus status;
    private String description;
    private String descriptionEn;

    protected Consortium() {}

    public Consortium(String id, String name, ConsortiumStatus status) {
        this.id = id;
        this.name = name;
        this.status = status;
    }

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

    public LocalDate getEstablished() {
        return established;
    }

    public void setEstablished(LocalDate established) {
        this.established = established;
    }

    public ConsortiumStatus getStatus() {
        return status;
    }

    public void setStatus(ConsortiumStatus status) {
        this.status = status;
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
}
