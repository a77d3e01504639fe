package com.consortiumexplorer.flows;

import java.util.List;

/**
 * How the industry chain, the talent chain and the education chain meet, per industry, in one year of demand.
 *
 * @param year the year of demand used
 * @param industries one entry per industry, flagged ones first
 */
public record ChainAlignment(int year, List<Industry> industries) {

    /** Whether an industry's demand and supply meet. */
    public enum Flag {
        /** Both demand and supply. */
        ALIGNED,
        /** Enterprises demand majors serving it but no college offers any. */
        DEMAND_WITHOUT_SUPPLY,
        /** Colleges offer majors serving it but no enterprise demands any. */
        SUPPLY_WITHOUT_DEMAND,
        /** Neither demand nor supply. */
        INACTIVE
    }

    /**
     * One industry of the chain.
     *
     * @param code industry code
     * @param name Chinese name
     * @param nameEn English name
     * @param enterprises ids of enterprises operating in it
     * @param demand headcount demanded in the year for majors serving it
     * @param majors codes of majors serving it
     * @param supply annual intake of the colleges offering those majors
     * @param colleges ids of those colleges
     * @param researchInstitutes ids of research institutes operating in it
     * @param flag whether demand and supply meet
     */
    public record Industry(
            String code,
            String name,
            String nameEn,
            List<String> enterprises,
            long demand,
            List<String> majors,
            long supply,
            List<String> colleges,
            List<String> researchInstitutes,
            Flag flag) {}
}
