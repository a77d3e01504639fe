package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.ProjectKind;
import com.consortiumexplorer.graph.ProjectStatus;
import java.util.List;

/**
 * Which projects to list; null means "no condition".
 *
 * @param kinds only projects of these kinds
 * @param statuses only projects in these states
 * @param participant only projects this organization takes part in
 * @param fromYear only projects running in or after this year
 * @param toYear only projects started in or before this year
 * @param nameContains only projects whose Chinese or English name contains this text, ignoring case
 */
public record ProjectFilter(
        List<ProjectKind> kinds,
        List<ProjectStatus> statuses,
        String participant,
        Integer fromYear,
        Integer toYear,
        String nameContains) {}
