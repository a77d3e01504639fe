package com.consortiumexplorer.consortium;

import java.util.List;

/**
 * Health indicators of a consortium at the end of one year. Members are the organizations whose membership began
 * on or before 31 December of the year and had not ended by then; ties are collaborations signed by the end of the
 * year and flows of that year or before, between members.
 *
 * @param consortiumId the consortium
 * @param year the year
 * @param members number of members at the end of the year
 * @param membersByType members per organization type
 * @param membersByRole members per council role
 * @param membershipChanges joins and exits per year, up to the year
 * @param ties number of member pairs with a tie
 * @param density ties divided by the possible member pairs
 * @param isolatedShare share of members with no tie to another member
 * @param crossTypeShare share of ties between members of different types
 * @param flows flow volumes per kind and year sent by organizations that were members in the flow's year, up to
 *     the year
 * @param tripleHelix government–college–enterprise ties and their balance
 */
public record HealthReport(
        String consortiumId,
        int year,
        int members,
        List<Count> membersByType,
        List<Count> membersByRole,
        List<MembershipChange> membershipChanges,
        int ties,
        double density,
        double isolatedShare,
        double crossTypeShare,
        List<FlowVolume> flows,
        TripleHelix tripleHelix) {

    /**
     * A count per key.
     *
     * @param key the type or role
     * @param count how many
     */
    public record Count(String key, int count) {}

    /**
     * Joins and exits in one year.
     *
     * @param year the year
     * @param joins memberships that began in the year
     * @param exits memberships that ended in the year
     */
    public record MembershipChange(int year, int joins, int exits) {}

    /**
     * The volume of one kind of flow in one year.
     *
     * @param kind FUNDING, TALENT, TECHNOLOGY or FACILITY
     * @param year the year
     * @param value total volume (CNY, graduates or hours)
     */
    public record FlowVolume(String kind, int year, long value) {}

    /**
     * Ties among members between government, colleges and enterprises.
     *
     * @param governmentCollege government–college ties
     * @param governmentEnterprise government–enterprise ties
     * @param collegeEnterprise college–enterprise ties
     * @param balance normalised Shannon entropy of the three counts: 1 when equal, 0 when all ties are of one
     *     pair of types or there are none
     */
    public record TripleHelix(int governmentCollege, int governmentEnterprise, int collegeEnterprise, double balance) {}
}
