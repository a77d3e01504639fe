package com.consortiumexplorer.explore;

import java.util.List;

/**
 * The optional kinds and year range that narrow an organization's nested flow lists. The lists are loaded whole
 * for a page of organizations with one statement and narrowed here, so every combination of arguments in one
 * request shares the same batch.
 *
 * @param kinds the kinds kept; every kind when null or empty
 * @param fromYear the first year kept, or null
 * @param toYear the last year kept, or null
 */
record FlowSelection(List<FlowKind> kinds, Integer fromYear, Integer toYear) {

    FlowSelection {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("fromYear (" + fromYear + ") is after toYear (" + toYear + ")");
        }
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    List<FlowRecord> apply(List<FlowRecord> flows) {
        if (kinds.isEmpty() && fromYear == null && toYear == null) {
            return flows;
        }
        return flows.stream().filter(this::keeps).toList();
    }

    private boolean keeps(FlowRecord flow) {
        return (kinds.isEmpty() || kinds.contains(flow.kind()))
                && (fromYear == null || (flow.year() != null && flow.year() >= fromYear))
                && (toYear == null || (flow.year() != null && flow.year() <= toYear));
    }
}
