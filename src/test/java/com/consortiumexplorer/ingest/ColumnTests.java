package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColumnTests {

    @Test
    void parsesEveryTypeAndFormatsItBack() {
        Column founded = Column.year("founded");
        Column since = Column.date("since");
        Column leading = Column.bool("leading");

        assertThat(founded.parse("1984")).isEqualTo(1984L);
        assertThat(since.parse("2021-06-18")).isEqualTo(LocalDate.of(2021, 6, 18));
        assertThat(leading.parse("true")).isEqualTo(true);
        assertThat(founded.parse("")).isNull();
        assertThat(since.format(LocalDate.of(2021, 6, 18))).isEqualTo("2021-06-18");
        assertThat(founded.format(null)).isEmpty();
    }

    @Test
    void rejectsWhatBreaksTheRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Column.text("name").asRequired().parse(""))
                .withMessage("'name' is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Column.integer("hours", 0, 8_784).parse("9000"))
                .withMessage("'hours' must be between 0 and 8784, not 9000");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Column.text("regionCode").matching("\\d{6}").parse("51150x"))
                .withMessage("'regionCode' must match \\d{6}, not '51150x'");
    }

    @Test
    void everyFileOfTheFormatHasItsKeyFirstAndRequired() {
        DataFormat.NODE_FILES.forEach(file -> {
            assertThat(file.key().name()).isIn("id", "code");
            assertThat(file.key().required()).isTrue();
        });
        DataFormat.RELATIONSHIP_FILES.forEach(file -> assertThat(file.columns().subList(0, 2))
                .extracting(Column::name)
                .containsExactly("from", "to"));
    }
}
