package id.sinkron.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.testdata.SyntheticPerson;
import id.sinkron.testdata.SyntheticPopulation;
import id.sinkron.testdata.Workbooks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One fixture dataset, written in every format a source can send, and the stored result of a source in a form
 * that compares across sources: "the same data through every kind of source gives the same canonical result".
 * 50 rows in canonical field names: 48 valid persons (one without NIK, names with ’, é and ñ, an address holding
 * the delimiters, a quote and a line break), and 2 that are rejected (NIK serial 0000, no name). For the file,
 * SFTP and FTP drops; REST, JDBC and broker sources can hand over {@link #rows()} their own way and compare
 * {@link #stored} the same way.
 */
public final class SameData {

    public static final int ROWS = 50;
    public static final int VALID = 48;
    public static final int REJECTED = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SameData() {}

    /** The rows, in canonical field names, values as strings (null: no value). */
    public static List<Map<String, Object>> rows() {
        List<SyntheticPerson> persons = new SyntheticPopulation(20261129L).next(ROWS);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Map<String, Object> row = new LinkedHashMap<>(persons.get(i).canonical(String.format("SAMA-%03d", i + 1)));
            switch (i) {
                case 1 -> row.put("full_name", "MA’RUF HIDAYAT");
                case 2 -> row.put("full_name", "JOSÉ NUÑEZ");
                case 3 -> row.put("address", "JL. PEMUDA NO. 5; BLOK \"A\", GANG 2\nDUKUH KRAJAN");
                case 4 -> row.put("nik", null);
                case 48 -> row.put("nik", row.get("nik").toString().substring(0, 12) + "0000");
                case 49 -> row.put("full_name", null);
                default -> { }
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> header() {
        return List.copyOf(rows().get(0).keySet());
    }

    /** RFC 4180 CSV with a header row, quoting where needed. */
    public static String csv(char delimiter) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader(header().toArray(String[]::new)).get().print(out)) {
            for (Map<String, Object> row : rows()) {
                csv.printRecord(row.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The CSV in a charset, e.g. Windows-1252 with semicolons as Excel writes it on Indonesian-locale Windows. */
    public static byte[] csv(char delimiter, Charset charset) {
        return csv(delimiter).getBytes(charset);
    }

    /** JSON Lines: one object per line, a missing value as null. */
    public static String ndjson() {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> row : rows()) {
            out.append(json(row)).append('\n');
        }
        return out.toString();
    }

    /** One JSON array of objects, one element per line. */
    public static String jsonArray() {
        List<String> elements = rows().stream().map(SameData::json).toList();
        return "[\n  " + String.join(",\n  ", elements) + "\n]\n";
    }

    /**
     * An Excel workbook as an agency keeps it: a cover sheet first, the data in sheet {@code Penduduk}, NIKs typed
     * as numbers and birth dates as date cells; a missing value is an empty cell.
     */
    public static byte[] xlsx() {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(header()));
        for (Map<String, Object> row : rows()) {
            List<Object> cells = new ArrayList<>();
            row.forEach((field, value) -> cells.add(value == null ? null
                    : field.equals("nik") ? Long.valueOf(value.toString())
                    : field.equals("birth_date") ? LocalDate.parse(value.toString()) : value));
            sheet.add(cells);
        }
        return Workbooks.xlsxWithCover("Sampul", "Penduduk", sheet);
    }

    private static String json(Map<String, Object> row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * What a source's records became, without ids, provenance, run ids or times: the golden records of the persons
     * its records are linked to (as sorted JSON texts), and its rejections (record id and reasons, sorted).
     */
    public record Stored(List<String> persons, List<String> rejections) {}

    /**
     * Checks that a reference result holds what the rows say: 48 golden records with the names and the address
     * written intact, and the 2 rejections with their reasons. Other results are compared with it.
     */
    public static void assertAsWritten(Stored stored) {
        assertThat(stored.persons()).hasSize(VALID);
        assertThat(String.join("\n", stored.persons())).contains("MA'RUF HIDAYAT", "JOSÉ NUÑEZ", "GANG 2", "\"nik\": \"3316");
        assertThat(stored.rejections()).hasSize(REJECTED);
        assertThat(stored.rejections().get(0)).startsWith("SAMA-049").contains("serial 0000");
        assertThat(stored.rejections().get(1)).startsWith("SAMA-050").contains("full_name");
    }

    public static Stored stored(JdbcTemplate jdbc, String source) {
        List<String> persons = new ArrayList<>(jdbc.queryForList("""
                select p.record::text from persons p
                where p.id in (select person_id from source_records where source = ?)
                """, String.class, source));
        List<String> rejections = new ArrayList<>(jdbc.queryForList("""
                select coalesce(source_record_id, '-') || ' ' || reasons::text from rejections where source = ?
                """, String.class, source));
        Collections.sort(persons);
        Collections.sort(rejections);
        return new Stored(List.copyOf(persons), List.copyOf(rejections));
    }
}
