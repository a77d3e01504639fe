package com.consortiumexplorer.gaps;

import java.util.List;

/**
 * The raw evidence for one pair of organizations, before weighting. Both the Cypher path of {@link GapFinder}
 * and the in-memory projection of the evaluation produce it, so one scoring function serves both.
 *
 * @param talentMajors codes of majors one offers and the other demands
 * @param technologyIndustries codes of industries where a research institute's technology meets the enterprise
 * @param trainingBases ids of training-base projects hosted by one, near the other
 * @param commonPartners collaboration partners both have, with their collaboration degree
 * @param consortia ids of consortia both are current members of
 * @param industries codes of industries both operate in
 * @param sameRegion whether both have the same district code
 * @param sameCity whether both are in the same city
 * @param regionCode the district code both share, when they do
 * @param degree collaboration ties of the one organization
 * @param otherDegree collaboration ties of the other
 */
record GapEvidence(
        List<String> talentMajors,
        List<String> technologyIndustries,
        List<String> trainingBases,
        List<CommonPartner> commonPartners,
        List<String> consortia,
        List<String> industries,
        boolean sameRegion,
        boolean sameCity,
        String regionCode,
        int degree,
        int otherDegree) {

    /** A common collaboration partner and its number of collaboration ties. */
    record CommonPartner(String id, int degree) {}

    /** The Adamic–Adar index: common partners weighted by 1 / ln(degree). */
    double adamicAdar() {
        double sum = 0;
        for (CommonPartner partner : commonPartners) {
            sum += 1.0 / Math.log(Math.max(partner.degree(), 2));
        }
        return sum;
    }
}
