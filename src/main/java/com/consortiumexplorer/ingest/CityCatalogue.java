package com.consortiumexplorer.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * The industries, majors and major-to-industry mappings a synthetic city draws from: the national industry
 * classification and vocational major catalogue entries of the demo city, kept as import-format CSV under
 * {@code ingest/catalogue/} on the classpath.
 *
 * @param industries code, name and English name of every industry
 * @param majors code, name and English name of every major
 * @param majorsOfIndustry indexes of the majors serving each industry (by industry index)
 */
record CityCatalogue(List<List<String>> industries, List<List<String>> majors, List<int[]> majorsOfIndustry) {

    private static final String FOLDER = "ingest/catalogue/";

    static CityCatalogue load() {
        List<List<String>> industries = read("Industry.csv");
        List<List<String>> majors = read("Major.csv");
        Map<String, Integer> industryIndex = index(industries);
        Map<String, Integer> majorIndex = index(majors);
        List<List<Integer>> serving = new ArrayList<>();
        industries.forEach(i -> serving.add(new ArrayList<>()));
        for (List<String> row : read("SERVES.csv")) {
            serving.get(industryIndex.get(row.get(1))).add(majorIndex.get(row.get(0)));
        }
        List<int[]> majorsOfIndustry = serving.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toList();
        return new CityCatalogue(industries, majors, majorsOfIndustry);
    }

    private static Map<String, Integer> index(List<List<String>> rows) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).getFirst(), i);
        }
        return index;
    }

    private static List<List<String>> read(String file) {
        try (CsvReader reader = new CsvReader(
                new InputStreamReader(new ClassPathResource(FOLDER + file).getInputStream(), StandardCharsets.UTF_8))) {
            reader.next();
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue file " + file, e);
        }
    }
}
