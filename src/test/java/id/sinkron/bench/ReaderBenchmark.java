package id.sinkron.bench;

import id.sinkron.source.FieldMapping;
import id.sinkron.source.RowFormat;
import id.sinkron.source.RowReader;
import id.sinkron.source.SourceDefinition;
import id.sinkron.testdata.SyntheticPopulation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading speed and memory of each file format, without the database: writes {@code -Dbench.rows} (200,000)
 * synthetic residents as CSV (comma, UTF-8), CSV (semicolon, Windows-1252), JSON Lines, a JSON array and an Excel
 * workbook (shared strings, as Excel writes it), then reads each with {@link RowReader} and prints rows per second
 * and the peak heap while reading (garbage included). The rows are generated and written one at a time; POI's
 * writer still holds the workbook's shared-string table whole, so a very large workbook needs a large heap to write.
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dbench.main=id.sinkron.bench.ReaderBenchmark}
 */
public final class ReaderBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HEADER = List.copyOf(new SyntheticPopulation(1L).next().canonical("x").keySet());

    private ReaderBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = Integer.getInteger("bench.rows", 200_000);
        Path dir = Files.createTempDirectory("sinkron-reader-bench");
        // written row by row, never all in memory, so the benchmark also runs on a small heap
        Iterable<Map<String, Object>> records = () -> new Iterator<>() {
            private final SyntheticPopulation population = new SyntheticPopulation(7L);
            private int i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public Map<String, Object> next() {
                return population.next().canonical("R-" + i++);
            }
        };
        Charset cp1252 = Charset.forName("windows-1252");
        List<Object[]> cases = List.of(
                new Object[] {"CSV, comma, UTF-8", RowFormat.CSV, StandardCharsets.UTF_8, ',', csv(dir, records, ',', StandardCharsets.UTF_8)},
                new Object[] {"CSV, semicolon, Windows-1252", RowFormat.CSV, cp1252, ';', csv(dir, records, ';', cp1252)},
                new Object[] {"JSON Lines", RowFormat.NDJSON, StandardCharsets.UTF_8, ',', json(dir, records, false)},
                new Object[] {"JSON array", RowFormat.JSON, StandardCharsets.UTF_8, ',', json(dir, records, true)},
                new Object[] {"Excel .xlsx", RowFormat.XLSX, StandardCharsets.UTF_8, ',', xlsx(dir, records)});
        System.out.printf(Locale.ROOT, "%d rows, %d cores, max heap %d MB%n", rows, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int round = 0; round < 2; round++) {
            for (Object[] c : cases) {
                measure((String) c[0], (RowFormat) c[1], (Charset) c[2], (char) c[3], (Path) c[4], round == 0);
            }
        }
    }

    private static void measure(String name, RowFormat format, Charset charset, char delimiter, Path file, boolean warmUp)
            throws IOException {
        SourceDefinition source = new SourceDefinition("bench", "Bench", "person", null, 50, format, charset, delimiter, null,
                FieldMapping.IDENTITY, null, null, null, null, null, null);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long count = 0;
        try (InputStream in = Files.newInputStream(file); RowReader reader = RowReader.open(in, source)) {
            while (reader.hasNext()) {
                if (reader.next().readable()) {
                    count++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (!warmUp) {
            System.out.printf(Locale.ROOT, "%-30s %8d rows  %6.1f MB file  %9.0f rows/s  peak heap %5d MB%n", name, count,
                    Files.size(file) / 1e6, count / seconds, peak >> 20);
        }
    }

    private static Path csv(Path dir, Iterable<Map<String, Object>> records, char delimiter, Charset charset) throws IOException {
        Path file = dir.resolve("rows-" + (int) delimiter + ".csv");
        try (Writer out = Files.newBufferedWriter(file, charset);
                CSVPrinter csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                        .setHeader(HEADER.toArray(String[]::new)).get().print(out)) {
            for (Map<String, Object> r : records) {
                csv.printRecord(r.values());
            }
        }
        return file;
    }

    private static Path json(Path dir, Iterable<Map<String, Object>> records, boolean array) throws IOException {
        Path file = dir.resolve(array ? "rows.json" : "rows.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(array ? "[\n" : "");
            String separator = "";
            for (Map<String, Object> r : records) {
                out.write(separator);
                out.write(JSON.writeValueAsString(r));
                separator = array ? ",\n" : "\n";
            }
            out.write("\n");
            out.write(array ? "]\n" : "");
        }
        return file;
    }

    private static Path xlsx(Path dir, Iterable<Map<String, Object>> records) throws IOException {
        Path file = dir.resolve("rows.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Penduduk");
            Row first = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                first.createCell(c).setCellValue(HEADER.get(c));
            }
            int r = 0;
            for (Map<String, Object> record : records) {
                Row row = sheet.createRow(++r);
                int c = 0;
                for (Object value : record.values()) {
                    if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                    c++;
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }
}
