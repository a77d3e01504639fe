package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The response writer writes exactly Jackson's bytes, and leaves to Jackson what it does not write. */
class ResponseJsonTests {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    private static void assertWrittenAsJacksonWrites(Map<String, Object> response) {
        byte[] written = ResponseJson.bytes(response);
        assertThat(written).as("written").isNotNull();
        assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(JACKSON.writeValueAsBytes(response), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(JACKSON.writeValueAsBytes(response));
    }

    @Test
    void everyCharacterIsEscapedOrEncodedAsJacksonDoes() {
        StringBuilder ascii = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            ascii.append(c);
        }
        List<String> texts = List.of(
                ascii.toString(),
                "宜宾金沙职业技术学院",
                "Éé ß ü ñ ø",
                "\u0080\u07FF\u0800\uFFFD\uFFFF",
                "line\u2028para\u2029",
                "emoji 😀 and 𝄞 clef",
                "",
                "\"quoted\" \\ back / slash");
        for (String text : texts) {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put(text, text);
            assertWrittenAsJacksonWrites(Map.of("data", response));
        }
    }

    @Test
    void numbersBooleansNullsAndNestingAreWrittenAsJacksonWrites() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ints", List.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE));
        data.put("longs", List.of(0L, Long.MAX_VALUE, Long.MIN_VALUE));
        data.put("small", List.of((short) -7, (byte) 12));
        data.put("doubles", List.of(0.0, -0.0, 0.1, 1e20, 1e-7, 123456789.125, Double.MAX_VALUE, Double.MIN_VALUE));
        data.put("floats", List.of(0.5f, 1e10f, -3.25f));
        data.put("flags", List.of(true, false));
        data.put("none", null);
        data.put("nulls", Arrays.asList(null, null));
        data.put("empty", Map.of());
        data.put("emptyList", List.of());
        data.put("set", new LinkedHashSet<>(List.of("a", "b")));
        data.put("deep", Map.of("a", List.of(Map.of("b", List.of(List.of(1, 2), Map.of("c", "d"))))));
        assertWrittenAsJacksonWrites(Map.of("data", data));
    }

    @Test
    void randomResponsesAreWrittenAsJacksonWrites() {
        Random random = new Random(20261130);
        for (int i = 0; i < 300; i++) {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("data", randomObject(random, 0));
            assertWrittenAsJacksonWrites(response);
        }
    }

    @Test
    void valuesOtherThanPlainJsonAreLeftToJackson() {
        List<Object> others = List.of(
                new BigDecimal("1.50"),
                BigInteger.TEN,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Float.NaN,
                LocalDate.of(2026, 11, 30),
                new int[] {1},
                "lone \uD800 surrogate",
                "reversed \uDC00\uD800 pair",
                Map.of(1, "a number key"));
        for (Object other : others) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("fine", "text");
            data.put("list", List.of(1, other));
            assertThat(ResponseJson.bytes(Map.of("data", data)))
                    .as(String.valueOf(other))
                    .isNull();
        }
        assertThat(ResponseJson.bytes(Collections.singletonMap(null, 1))).isNull();
    }

    private static Map<String, Object> randomObject(Random random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            map.put(randomText(random), randomValue(random, depth + 1));
        }
        return map;
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 7 : 9);
        return switch (kind) {
            case 0 -> null;
            case 1 -> randomText(random);
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> random.nextBoolean();
            case 5 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 6 -> (float) random.nextGaussian();
            case 7 -> randomObject(random, depth);
            default -> {
                List<Object> items = new ArrayList<>();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    items.add(randomValue(random, depth + 1));
                }
                yield items;
            }
        };
    }

    /** Texts of ASCII, controls, Chinese, other planes' characters as surrogate pairs. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append((char) random.nextInt(0x80));
                case 1 -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
                case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0xF0000));
                case 3 -> text.append((char) (0x80 + random.nextInt(0x780)));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
