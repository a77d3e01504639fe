package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.OrganizationType;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * Cypher that binds {@code o} to the organizations that pass, using {@link #parameters()}. Only the given
     * conditions appear, and the most selective relationship condition (consortium, then industry, then major)
     * anchors the match on its indexed node, so a filtered list on a large city does not scan every organization.
     * Labels come from {@link OrganizationType}, never from the request.
     */
    String match() {
        String labels = types == null || types.isEmpty()
                ? "Organization"
                : String.join(
                        "|",
                        types.stream().map(OrganizationType::label).distinct().toList());
        List<String> where = new ArrayList<>();
        String pattern;
        if (consortium != null) {
            pattern = "(:Consortium {id: $consortium})<-[m:MEMBER_OF]-(o:" + labels + ")";
            if (memberOn != null) {
                where.add("(m.since IS NULL OR m.since <= $memberOn) AND (m.until IS NULL OR m.until > $memberOn)");
            }
        } else if (industry != null) {
            pattern = "(:Industry {code: $industry})<-[:OPERATES_IN]-(o:" + labels + ")";
        } else if (major != null) {
            pattern = "(:Major {code: $major})<-[:OFFERS|DEMANDS]-(o:" + labels + ")";
        } else {
            pattern = "(o:" + labels + ")";
        }
        if (consortium != null && industry != null) {
            where.add("EXISTS { (o)-[:OPERATES_IN]->(:Industry {code: $industry}) }");
        }
        if ((consortium != null || industry != null) && major != null) {
            where.add("EXISTS { (o)-[:OFFERS|DEMANDS]->(:Major {code: $major}) }");
        }
        if (regionCode != null) {
            where.add("o.regionCode STARTS WITH $regionCode");
        }
        if (city != null) {
            where.add("o.city = $city");
        }
        if (foundedFrom != null) {
            where.add("o.founded >= $foundedFrom");
        }
        if (foundedTo != null) {
            where.add("o.founded <= $foundedTo");
        }
        if (nameContains != null && !nameContains.isBlank()) {
            where.add("(toLower(o.name) CONTAINS $text OR toLower(coalesce(o.nameEn, '')) CONTAINS $text)");
        }
        boolean anchored = consortium != null || industry != null || major != null;
        return "MATCH " + pattern + "\n"
                + (where.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", where) + "\n")
                // a member may hold several memberships, an enterprise demand a major in several years
                + (anchored ? "WITH DISTINCT o\n" : "");
    }

    /**
     * The parameters of {@link #match()}.
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
