package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CursorsTests {

    @Test
    void idCursorsRoundTripAndKeepTheFirstVersionsFormat() {
        String cursor = Cursors.encode("col-ybvtc");
        assertThat(Cursors.decode(cursor)).isEqualTo("col-ybvtc");
        assertThat(cursor).isEqualTo(Cursors.encode("id", "col-ybvtc", null));
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(cursor))).isEqualTo("id:col-ybvtc");
    }

    @Test
    void keyedCursorsCarryTheirKeyWithItsType() {
        String byName = Cursors.encode("NAME_ASC", "ent-a", "宜宾:锂电\n公司");
        assertThat(Cursors.decode("NAME_ASC", byName)).isEqualTo(new Cursors.Key("ent-a", "宜宾:锂电\n公司"));
        String byYear = Cursors.encode("FOUNDED_DESC", "ent-b", 2019L);
        assertThat(Cursors.decode("FOUNDED_DESC", byYear)).isEqualTo(new Cursors.Key("ent-b", 2019L));
    }

    @Test
    void aCursorOfAnotherOrderOrAForgedOneIsRefused() {
        String byName = Cursors.encode("NAME_ASC", "ent-a", "x");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Cursors.decode(byName))
                .withMessageContaining("Not a valid cursor");
        assertThatIllegalArgumentException().isThrownBy(() -> Cursors.decode("FOUNDED_ASC", byName));
        assertThatIllegalArgumentException().isThrownBy(() -> Cursors.decode("not base64 !"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Cursors.decode(
                        "FOUNDED_ASC",
                        Cursors.encode("FOUNDED_ASC", "x", "n12a").replace('A', 'B')));
    }
}
