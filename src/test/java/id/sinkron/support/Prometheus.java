package id.sinkron.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample from {@code /actuator/prometheus}, as a Prometheus server would scrape it. */
public final class Prometheus {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Api api;

    public Prometheus(Api api) {
        this.api = api;
    }

    public String scrape() {
        Api.Response response = api.get("/actuator/prometheus");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The value of the sample named {@code name} whose labels include {@code labels}; 0 when there is none. */
    public double value(String name, Map<String, String> labels) {
        return value(scrape(), name, labels);
    }

    public static double value(String scraped, String name, Map<String, String> labels) {
        double found = 0;
        int matches = 0;
        for (String line : scraped.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(name)) {
                continue;
            }
            Map<String, String> has = new java.util.HashMap<>();
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                has.put(label.group(1), label.group(2));
            }
            if (has.entrySet().containsAll(labels.entrySet())) {
                found = Double.parseDouble(sample.group(3));
                matches++;
            }
        }
        assertThat(matches).as("samples of %s with %s", name, labels).isLessThanOrEqualTo(1);
        return found;
    }
}
