package com.consortiumexplorer.flows;

import java.util.List;

/**
 * Talent supply against demand per major in one year.
 *
 * @param year the year of demand and graduates
 * @param majors one balance per major with any intake, graduates or demand, by major code
 */
public record TalentBalance(int year, List<Major> majors) {

    /**
     * The balance of one major.
     *
     * @param code major code
     * @param name Chinese name
     * @param nameEn English name
     * @param intake annual intake of the colleges offering it
     * @param graduates graduates of the major hired by enterprises in the year
     * @param demand headcount enterprises demand in the year
     * @param gap intake minus demand: negative when demand exceeds supply
     * @param ratio intake divided by demand, or null without demand
     * @param colleges ids of the colleges offering the major
     * @param enterprises ids of the enterprises demanding it in the year
     */
    public record Major(
            String code,
            String name,
            String nameEn,
            long intake,
            long graduates,
            long demand,
            long gap,
            Double ratio,
            List<String> colleges,
            List<String> enterprises) {}
}
