package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.OrganizationType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which organizations to list; every given condition must hold, and null means "no condition".
 *
 * @param types only organizations of these kinds
 * @param consortium only organizations that are or were members of this consortium
 * @param memberOn with {@code consortium}: only members on this day
 * @param industry only organizations operating in this industry (code)
 * @param major only colleges offering or enterprises demanding this major (code)
 * @param regionCode only organizations whose region code starts with this prefix
 * @param city only organizations in this city
 * @param foundedFrom only organizations founded in or after this year
 * @param foundedTo only organizations founded in or before this year
 * @param nameContains only organizations whose Chinese or English name contains this text, ignoring case
 */
public record OrganizationFilter(
        List<OrganizationType> types,
        String consortium,
        LocalDate memberOn,
        String industry,
        String major,
        String regionCode,
        String city,
        Integer foundedFrom,
        Integer foundedTo,
        String nameContains) {

    /** No condition at all. */
    public static final OrganizationFilter NONE =
            new OrganizationFilter(null, null, null, null, null, null, null, null, null, null);

    /** Cypher that binds {@code o} to the organizations that pass, using {@link #parameters()}. */
    static final String MATCH = """
            MATCH (o:Organization)
            WHERE ($types IS NULL OR any(l IN labels(o) WHERE l IN $types))
              AND ($consortium IS NULL OR EXISTS {
                    MATCH (o)-[m:MEMBER_OF]->(:Consortium {id: $consortium})
                    WHERE $memberOn IS NULL
                       OR ((m.since IS NULL OR m.since <= $memberOn) AND (m.until IS NULL OR m.until > $memberOn)) })
              AND ($industry IS NULL OR EXISTS { (o)-[:OPERATES_IN]->(:Industry {code: $industry}) })
              AND ($major IS NULL OR EXISTS { (o)-[:OFFERS|DEMANDS]->(:Major {code: $major}) })
              AND ($regionCode IS NULL OR o.regionCode STARTS WITH $regionCode)
              AND ($city IS NULL OR o.city = $city)
              AND ($foundedFrom IS NULL OR o.founded >= $foundedFrom)
              AND ($foundedTo IS NULL OR o.founded <= $foundedTo)
              AND ($text IS NULL OR toLower(o.name) CONTAINS $text OR toLower(coalesce(o.nameEn, '')) CONTAINS $text)
            """;

    /**
     * The parameters of {@link #MATCH}.
     *
     * @throws IllegalArgumentException when the year range is reversed or a condition is given blank
     */
    Map<String, Object> parameters() {
        if (foundedFrom != null && foundedTo != null && foundedFrom > foundedTo) {
            throw new IllegalArgumentException(
                    "filter.foundedFrom (" + foundedFrom + ") is after filter.foundedTo (" + foundedTo + ")");
        }
        if (memberOn != null && consortium == null) {
            throw new IllegalArgumentException("filter.memberOn needs filter.consortium");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(
                "types",
                types == null || types.isEmpty()
                        ? null
                        : types.stream().map(OrganizationType::label).toList());
        parameters.put("consortium", consortium);
        parameters.put("memberOn", memberOn);
        parameters.put("industry", industry);
        parameters.put("major", major);
        parameters.put("regionCode", regionCode);
        parameters.put("city", city);
        parameters.put("foundedFrom", foundedFrom);
        parameters.put("foundedTo", foundedTo);
        parameters.put(
                "text", nameContains == null || nameContains.isBlank() ? null : nameContains.toLowerCase(Locale.ROOT));
        return parameters;
    }
}
