package com.consortiumexplorer.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.graph.OrganizationBrief;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapCsvTests {

    private static final CollaborationGap GAP = new CollaborationGap(
            new OrganizationBrief("ent-a", "甲企业", "A, \"Best\" Co.", OrganizationType.ENTERPRISE),
            0.8123,
            List.of(
                    new GapReason(GapReasonKind.TALENT, "需求专业", "Demands majors", 0.5, List.of("460306")),
                    new GapReason(GapReasonKind.REGION, "同区", "Same district", 0.3, List.of("511502"))));

    @Test
    void writesOneRowPerSuggestionInTheChosenLanguage() {
        assertThat(GapCsv.of(List.of(GAP), true))
                .isEqualTo("rank,id,name,type,score,reasons\n"
                        + "1,ent-a,\"A, \"\"Best\"\" Co.\",ENTERPRISE,0.812,Demands majors; Same district\n");
        assertThat(GapCsv.of(List.of(GAP), false)).contains("1,ent-a,甲企业,ENTERPRISE,0.812,需求专业; 同区\n");
    }

    @Test
    void quotesOnlyCellsThatNeedIt() {
        assertThat(GapCsv.cell("plain")).isEqualTo("plain");
        assertThat(GapCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(GapCsv.cell(null)).isEmpty();
    }
}
