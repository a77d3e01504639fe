package com.consortiumexplorer.gaps;

import java.util.List;

/**
 * One reason why two organizations should collaborate.
 *
 * @param kind the signal
 * @param text the reason in Chinese
 * @param textEn the reason in English
 * @param weight the share of the score this reason contributes, in [0, 1]; the weights of a gap sum to its score
 * @param evidence ids behind the reason: major codes, industry codes, partner ids, consortium ids, project ids
 *     or region codes
 */
public record GapReason(GapReasonKind kind, String text, String textEn, double weight, List<String> evidence) {}
