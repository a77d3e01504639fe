package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuceneQueryTests {

    @Test
    void latinWordsAlsoMatchAsPrefixesAndEveryWordMustMatch() {
        assertThat(LuceneQuery.of("lithium batt")).isEqualTo("(lithium OR lithium*) AND (batt OR batt*)");
    }

    @Test
    void chineseTextIsLeftToTheCjkAnalyzer() {
        assertThat(LuceneQuery.of("宜宾 职业")).isEqualTo("(宜宾) AND (职业)");
    }

    @Test
    void luceneOperatorsInUserTextAreEscaped() {
        assertThat(LuceneQuery.of("a:b (c) \"d\" e*")).isEqualTo("(a\\:b) AND (\\(c\\)) AND (\\\"d\\\") AND (e\\*)");
        assertThat(LuceneQuery.of("x AND y")).isEqualTo("(x OR x*) AND (and OR and*) AND (y OR y*)");
    }

    @Test
    void blankTextGivesAnEmptyQuery() {
        assertThat(LuceneQuery.of("   ")).isEmpty();
    }
}
