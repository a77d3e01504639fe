package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based tests of the validation of every column of the import format (every node and relationship
 * file): any cell text either parses to a value of the column's type that obeys its rule and formats back to
 * the same value, or is refused with an {@link IllegalArgumentException} whose message names the column, for
 * the import report. Nothing else may escape, or one bad cell would fail a whole import without a report.
 */
class ImportValuePropertyTests {

    private static final List<Column> COLUMNS = Stream.concat(
                    DataFormat.NODE_FILES.stream().flatMap(file -> file.columns().stream()),
                    DataFormat.RELATIONSHIP_FILES.stream().flatMap(file -> file.columns().stream()))
            .toList();

    record Cell(Column column, String text) {}

    @Property(tries = 3000)
    void everyCellParsesWithinItsRuleOrIsRefusedNamingTheColumn(@ForAll("cells") Cell cell) {
        Column column = cell.column();
        Object value;
        try {
            value = column.parse(cell.text());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).startsWith("'" + column.name() + "'");
            return;
        }
        if (value == null) {
            assertThat(cell.text()).isEmpty();
            assertThat(column.required()).isFalse();
            return;
        }
        switch (column.type()) {
            case INTEGER -> assertThat((Long) value).isBetween(column.min(), column.max());
            case BOOLEAN -> assertThat(value).isInstanceOf(Boolean.class);
            case DATE -> assertThat(value).isInstanceOf(LocalDate.class);
            case TEXT -> {
                assertThat(value).isEqualTo(cell.text());
                if (!column.allowed().isEmpty()) {
                    assertThat(column.allowed()).contains((String) value);
                }
                if (column.pattern() != null) {
                    assertThat(column.pattern().matcher((String) value).matches())
                            .isTrue();
                }
            }
        }
        assertThat(column.parse(column.format(value))).isEqualTo(value);
    }

    @Property(tries = 500)
    void everyNumberInRangeSurvivesFormattingAndParsingAndTheBoundsHold(
            @ForAll("integerColumns") Column column, @ForAll long seed) {
        long span = column.max() - column.min();
        long value = column.min() + Math.floorMod(seed, span == Long.MAX_VALUE ? span : span + 1);
        assertThat(column.parse(column.format(value))).isEqualTo(value);
        if (column.max() < Long.MAX_VALUE) {
            assertThatIllegalArgumentException().isThrownBy(() -> column.parse(String.valueOf(column.max() + 1)));
        }
        if (column.min() > Long.MIN_VALUE) {
            assertThatIllegalArgumentException().isThrownBy(() -> column.parse(String.valueOf(column.min() - 1)));
        }
    }

    @Provide
    Arbitrary<Cell> cells() {
        Arbitrary<Column> columns = Arbitraries.of(COLUMNS);
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789-+ .e").ofMaxLength(22),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("true", "false", "TRUE", " true", "2024-02-29", "2023-02-29", "2024-13-01", ""),
                Arbitraries.of(COLUMNS)
                        .flatMap(c -> c.allowed().isEmpty() ? Arbitraries.just("x") : Arbitraries.of(c.allowed())),
                Arbitraries.of("' OR 1=1 //", "\"}) DETACH DELETE n //", "=cmd|' /C calc'!A0", "\uFFFD\uFFFD"));
        return Combinators.combine(columns, texts).as(Cell::new);
    }

    @Provide
    Arbitrary<Column> integerColumns() {
        return Arbitraries.of(COLUMNS.stream()
                .filter(c -> c.type() == Column.ValueType.INTEGER)
                .toList());
    }
}
