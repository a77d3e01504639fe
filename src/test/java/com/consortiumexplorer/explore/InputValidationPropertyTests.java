package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Property-based tests of the validation of every kind of API input: client-chosen ids, region codes, free
 * text, numeric ranges, page sizes, cursors and search text. For any input, validation either accepts a value
 * that meets the rule or refuses it with a user error or an {@link IllegalArgumentException} naming the field;
 * it never throws anything else, which would reach the client as a server error.
 */
class InputValidationPropertyTests {

    @Property
    void anIdIsAcceptedExactlyWhenItIsTwoToEightyLowerCaseLettersDigitsOrDashes(@ForAll("idLike") String id) {
        Checks checks = new Checks().id("id", id);
        boolean valid = id.length() >= 2
                && id.length() <= 80
                && id.charAt(0) != '-'
                && id.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
        assertThat(checks.ok()).as("accepted %s", id).isEqualTo(valid);
        if (!valid) {
            assertThat(checks.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).containsExactly("input", "id");
                assertThat(error.code()).isEqualTo(UserError.Code.INVALID);
            });
        }
    }

    @Property
    void anIdWithAnyCharacterACypherOrLuceneQueryCouldUseIsRefused(
            @ForAll("idLike") String prefix, @ForAll("injection") String injection) {
        assertThat(new Checks().id("id", prefix + injection).ok()).isFalse();
    }

    @Property
    void aRegionCodeIsAcceptedExactlyWhenItIsSixDigits(@ForAll("digitsAndOthers") String code) {
        boolean valid = code.length() == 6 && code.chars().allMatch(c -> c >= '0' && c <= '9');
        assertThat(new Checks().regionCode("regionCode", code).ok()).isEqualTo(valid);
    }

    @Property
    void textIsAcceptedUpToTwoThousandCharactersOfAnyKind(@ForAll @StringLength(max = 2100) String text) {
        Checks checks = new Checks().text("name", text);
        assertThat(checks.ok()).isEqualTo(text.length() <= 2000);
    }

    @Property
    void requiredTextMustHoldMoreThanWhitespace(@ForAll("blankOrNot") String text) {
        assertThat(new Checks().required("name", text).ok()).isEqualTo(!text.isBlank());
    }

    @Property
    void aNumberIsInRangeExactlyWhenBetweenTheBounds(
            @ForAll long value,
            @ForAll @IntRange(min = -5000, max = 5000) int min,
            @ForAll @IntRange(max = 10000) int span) {
        long max = (long) min + span;
        Checks checks = new Checks().range("year", value, min, max);
        assertThat(checks.ok()).isEqualTo(value >= min && value <= max);
        if (!checks.ok()) {
            assertThat(checks.errors().getFirst().code()).isEqualTo(UserError.Code.OUT_OF_RANGE);
            assertThat(checks.errors().getFirst().message()).contains(String.valueOf(value));
        }
    }

    @Property
    void aPageSizeIsOneToFiveHundredOrRefusedWithAMessageNamingFirst(@ForAll Integer first) {
        Throwable thrown = catchThrowable(() -> assertThat(ApiLimits.pageSize(first))
                .isBetween(1, ApiLimits.MAX_PAGE_SIZE)
                .isEqualTo(first == null ? ApiLimits.DEFAULT_PAGE_SIZE : first));
        if (first != null && (first < 1 || first > ApiLimits.MAX_PAGE_SIZE)) {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first");
        } else {
            assertThat(thrown).isNull();
        }
    }

    @Property
    void everyIdSurvivesTheRoundTripThroughACursor(@ForAll String id) {
        assertThat(Cursors.decode(Cursors.encode(id))).isEqualTo(id);
    }

    @Property
    void aCursorTheApiDidNotIssueIsRefusedClearly(@ForAll String forged) {
        Throwable thrown = catchThrowable(() -> Cursors.decode(forged));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a valid cursor");
        } else {
            assertThat(Cursors.encode(Cursors.decode(forged))).isNotNull();
        }
    }

    @Property
    void aKeyedCursorOfAnotherOrderIsRefused(@ForAll String id, @ForAll long key) {
        String cursor = Cursors.encode("NAME_ASC", id, key);
        assertThat(Cursors.decode("NAME_ASC", cursor)).isEqualTo(new Cursors.Key(id, key));
        assertThatThrownBy(() -> Cursors.decode("FOUNDED_DESC", cursor)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void searchTextNeverCarriesAnUnescapedLuceneOperator(@ForAll("searchText") String text) {
        String query = LuceneQuery.of(text);
        // Turn each escaped character into a plain letter (it stays part of its word: "\+NOT" is the word "+NOT",
        // not the operator NOT) and take away the grouping and prefix stars the query builds itself: what is
        // left are the words, separated by plain spaces, with no character Lucene reads as an operator and no
        // other white space (Lucene also splits words at, for example, the ideographic space U+3000).
        String rest = query.replaceAll("\\\\.", "x")
                .replace("*)", ")")
                .replace("(", "")
                .replace(")", "");
        for (char c : "+-&|!{}[]^\"~*?:\\/".toCharArray()) {
            assertThat(rest).doesNotContain(String.valueOf(c));
        }
        assertThat(rest.chars().filter(c -> c != ' ' && Character.isWhitespace(c)))
                .isEmpty();
        assertThat(rest.split(" ")).allSatisfy(word -> assertThat(word).isNotIn("NOT", "&&", "||"));
    }

    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                        .ofMinLength(0)
                        .ofMaxLength(90),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> injection() {
        return Arbitraries.of(
                "' OR 1=1 //",
                "\"}) MATCH (n) DETACH DELETE n //",
                "x` SET n.name = 'p",
                "a\\u0027 RETURN 1",
                " ",
                "{",
                ";",
                "Ａ",
                "\u0000",
                "\n");
    }

    @Provide
    Arbitrary<String> digitsAndOthers() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(8),
                Arbitraries.strings().withChars("0123456789a ٣").ofMaxLength(7));
    }

    @Provide
    Arbitrary<String> blankOrNot() {
        return Arbitraries.oneOf(
                Arbitraries.strings().whitespace().ofMaxLength(5),
                Arbitraries.strings().ofMaxLength(10));
    }

    @Provide
    Arbitrary<String> searchText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings()
                        .withChars("+-&|!(){}[]^\"~*?:\\/ \u3000\tabcANDORNOT宜宾")
                        .ofMaxLength(40));
    }
}
