package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.ProgramKind;
import java.util.List;

/**
 * Which programs to list; null means "no condition".
 *
 * @param kinds only programs of these kinds
 * @param participant only programs this organization takes part in
 * @param fromYear only programs running in or after this year
 * @param toYear only programs started in or before this year
 * @param nameContains only programs whose Chinese or English name contains this text, ignoring case
 */
public record ProgramFilter(
        List<ProgramKind> kinds, String participant, Integer fromYear, Integer toYear, String nameContains) {}
