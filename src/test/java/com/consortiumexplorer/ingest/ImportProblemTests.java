package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.consortiumexplorer.ingest.ImportProblem.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ImportProblemTests {

    @Test
    void everyCodeHasAnEnglishAndAChineseMessageWithTheSamePlaceholdersUsed() throws IOException {
        Properties english = translations("translations.properties");
        Properties chinese = translations("translations_zh.properties");
        for (Code code : Code.values()) {
            assertThat(english.getProperty(code.key())).as(code.key()).isNotBlank();
            assertThat(chinese.getProperty(code.key()))
                    .as(code.key())
                    .isNotBlank()
                    .isNotEqualTo(english.getProperty(code.key()));
            // Each translation must parse as a message format (a lone apostrophe would swallow the placeholders).
            new MessageFormat(chinese.getProperty(code.key()), Locale.SIMPLIFIED_CHINESE);
        }
    }

    @Test
    void theEnglishMessageIsTheCodeWithItsArguments() {
        ImportProblem problem = ImportProblem.of("FUNDS.csv", 4, 3, Code.OUT_OF_RANGE, "year", 1900L, 2100L, 1899L);

        assertThat(problem.arguments()).containsExactly("year", "1900", "2100", "1899");
        assertThat(problem.message()).isEqualTo("'year' must be between 1900 and 2100, not 1899");
        assertThat(problem).hasToString("FUNDS.csv:4:3: 'year' must be between 1900 and 2100, not 1899");
        assertThat(ImportProblem.of("a.json", 1, 1, Code.NODES_AFTER_RELATIONSHIPS)
                        .message())
                .isEqualTo("'nodes' must come before 'relationships'");
        // The HTTP API's JSON keeps the English message next to the code and its arguments.
        assertThat(JsonMapper.builder().build().writeValueAsString(problem))
                .contains("\"code\":\"OUT_OF_RANGE\"")
                .contains("\"arguments\":[\"year\",\"1900\",\"2100\",\"1899\"]")
                .contains("\"message\":\"'year' must be between 1900 and 2100, not 1899\"");
    }

    @Test
    void aRefusedValueCarriesItsCodeToWhereItStands() {
        ImportProblem.Invalid refused = catchThrowableOfType(
                ImportProblem.Invalid.class,
                () -> Column.text("regionCode").matching("\\d{6}").parse("51150x"));

        assertThat(refused.at("College.csv", 9, 5))
                .isEqualTo(ImportProblem.of("College.csv", 9, 5, Code.NO_MATCH, "regionCode", "\\d{6}", "51150x"));
        assertThat(refused).hasMessage("'regionCode' must match \\d{6}, not '51150x'");
    }

    @Test
    void theChineseMessageFillsTheSameArguments() throws IOException {
        ImportProblem problem = ImportProblem.of(
                "SUPPLIES_TALENT.csv",
                2,
                1,
                Code.WRONG_ENDPOINT,
                "from",
                "SUPPLIES_TALENT",
                "a College",
                "ent-liyuan-battery",
                "an Enterprise",
                "College",
                "Enterprise");
        String pattern = translations("translations_zh.properties")
                .getProperty(problem.code().key());

        assertThat(new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE)
                        .format(problem.arguments().toArray()))
                .isEqualTo("SUPPLIES_TALENT 的“from”必须是 College 类节点，但“ent-liyuan-battery”是 Enterprise 类节点");
    }

    private static Properties translations(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportProblemTests.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
