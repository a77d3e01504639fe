package com.consortiumexplorer.gaps;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The partner suggestions as CSV for outreach: rank, id, name, type, score and reasons in one language. */
final class GapCsv {

    private GapCsv() {}

    static String of(List<CollaborationGap> gaps, boolean english) {
        StringBuilder csv = new StringBuilder("rank,id,name,type,score,reasons\n");
        int rank = 1;
        for (CollaborationGap gap : gaps) {
            String reasons = gap.reasons().stream()
                    .map(r -> english ? r.textEn() : r.text())
                    .collect(Collectors.joining("; "));
            csv.append(rank++)
                    .append(',')
                    .append(cell(gap.organization().id()))
                    .append(',')
                    .append(cell(
                            english && gap.organization().nameEn() != null
                                    ? gap.organization().nameEn()
                                    : gap.organization().name()))
                    .append(',')
                    .append(
                            gap.organization().type() == null
                                    ? ""
                                    : gap.organization().type().name())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.3f", gap.score()))
                    .append(',')
                    .append(cell(reasons))
                    .append('\n');
        }
        return csv.toString();
    }

    /** Quotes a cell when it holds a separator, a quote or a line break (RFC 4180). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
