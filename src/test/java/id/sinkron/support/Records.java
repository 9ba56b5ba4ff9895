package id.sinkron.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.testdata.SyntheticPerson;
import id.sinkron.testdata.SyntheticPopulation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Bodies for pushes made of synthetic persons. */
public final class Records {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Records() {}

    /** {@code count} valid records as JSON Lines, ids {@code prefix-1…}. */
    public static String ndjson(long seed, int count, String prefix) {
        List<SyntheticPerson> persons = new SyntheticPopulation(seed).next(count);
        StringBuilder out = new StringBuilder(count * 400);
        for (int i = 0; i < persons.size(); i++) {
            out.append(line(persons.get(i).canonical(prefix + "-" + (i + 1)))).append('\n');
        }
        return out.toString();
    }

    public static String line(Map<String, Object> record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String csv(List<Map<String, Object>> records) {
        List<String> header = List.copyOf(records.get(0).keySet());
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (Map<String, Object> r : records) {
            out.append(header.stream().map(h -> r.get(h) == null ? "" : "\"" + r.get(h) + "\"").collect(Collectors.joining(","))).append('\n');
        }
        return out.toString();
    }
}
