package id.sinkron.testdata;

import id.sinkron.testdata.Population.Resident;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Four agency extracts of one {@link Population}, each with its own coverage and its own ways of getting things
 * wrong (see {@link Agency}), in canonical wire names so they can be pushed to the service as well. The ground
 * truth (record → person, and what was done to the record) is kept apart in {@link #truth()} and, on disk, in
 * its own folder; nothing in a row reveals the person.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=id.sinkron.testdata.AgencyExtracts \
 *     -Dpopulation.size=100000 -Dpopulation.seed=1 -Dpopulation.out=target/population</pre>
 */
public final class AgencyExtracts {

    /** Canonical wire names, in file order. */
    public static final List<String> COLUMNS = List.of("source_record_id", "nik", "kk_number", "full_name", "birth_place",
            "birth_date", "sex", "mother_name", "village_code", "phone");

    /** What was done to a record; the benchmark counts missed links by these. */
    public enum Corruption {
        NIK_MISSING, NIK_MISTYPED, NIK_BORROWED, OLD_SPELLING, TITLE, ABBREVIATED, TRUNCATED, NAME_TYPO, BABY_OF_MOTHER,
        DATE_SWAPPED, FATHER_AS_MOTHER, PARENT_PHONE, OLD_KK, DUPLICATE
    }

    /**
     * Ground truth of one record.
     *
     * @param person the {@link Resident#id()} it stands for
     */
    public record Truth(int person, String source, Set<Corruption> corruptions) {
    }

    /**
     * The agencies and their corruption rates (fractions of their records, before {@code scale}); coverage and
     * the other fields each agency fills are in {@link AgencyRows}.
     */
    public enum Agency {
        //        nikMissing mistyped borrowed oldSpelling title abbrev truncated typo dateSwapped duplicates
        DUKCAPIL(0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.003, 0.00, 0.005),
        DINSOS(0.10, 0.04, 0.03, 0.15, 0.10, 0.00, 0.00, 0.02, 0.01, 0.02),
        DINKES(0.15, 0.02, 0.01, 0.02, 0.00, 0.10, 0.05, 0.03, 0.04, 0.05),
        DISDIK(0.40, 0.02, 0.00, 0.00, 0.00, 0.03, 0.03, 0.03, 0.01, 0.01);

        final double nikMissing, nikMistyped, nikBorrowed, oldSpelling, title, abbreviated, truncated, typo, dateSwapped, duplicates;

        Agency(double nikMissing, double nikMistyped, double nikBorrowed, double oldSpelling, double title, double abbreviated,
                double truncated, double typo, double dateSwapped, double duplicates) {
            this.nikMissing = nikMissing;
            this.nikMistyped = nikMistyped;
            this.nikBorrowed = nikBorrowed;
            this.oldSpelling = oldSpelling;
            this.title = title;
            this.abbreviated = abbreviated;
            this.truncated = truncated;
            this.typo = typo;
            this.dateSwapped = dateSwapped;
            this.duplicates = duplicates;
        }

        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT) + ".csv";
        }
    }

    private final Map<Agency, List<Map<String, String>>> rows = new LinkedHashMap<>();
    private final Map<String, Truth> truth = new LinkedHashMap<>();

    private AgencyExtracts() {
    }

    /**
     * @param scale multiplies every corruption rate (1 = as in {@link Agency}; 0 = clean copies)
     */
    public static AgencyExtracts of(Population population, long seed, double scale) {
        AgencyExtracts extracts = new AgencyExtracts();
        for (Agency agency : Agency.values()) {
            AgencyRows maker = new AgencyRows(population, agency, new Random(seed * 31 + agency.ordinal()), scale);
            List<Map<String, String>> list = new ArrayList<>();
            for (Resident resident : population.residents()) {
                if (!maker.covers(resident)) {
                    continue;
                }
                int copies = maker.chance(agency.duplicates) ? 2 : 1;
                for (int copy = 0; copy < copies; copy++) {
                    Set<Corruption> done = EnumSet.noneOf(Corruption.class);
                    if (copy == 1) {
                        done.add(Corruption.DUPLICATE);
                    }
                    String id = String.format(java.util.Locale.ROOT, "%s-%07d", agency.name(), list.size() + 1);
                    list.add(maker.row(id, resident, done, copy == 1));
                    extracts.truth.put(id, new Truth(resident.id(), agency.name(), Set.copyOf(done)));
                }
            }
            extracts.rows.put(agency, list);
        }
        return extracts;
    }

    /** Rows (wire names, blank values left out) per agency. */
    public Map<Agency, List<Map<String, String>>> rows() {
        return rows;
    }

    /** Record id → truth; never handed to the matcher. */
    public Map<String, Truth> truth() {
        return truth;
    }

    /** Writes {@code <agency>.csv} into {@code dir} and the ground truth into {@code dir/ground-truth/truth.csv}. */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("ground-truth"));
            for (Map.Entry<Agency, List<Map<String, String>>> extract : rows.entrySet()) {
                try (Writer out = Files.newBufferedWriter(dir.resolve(extract.getKey().fileName()), StandardCharsets.UTF_8);
                        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
                    for (Map<String, String> row : extract.getValue()) {
                        csv.printRecord(COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList());
                    }
                }
            }
            try (Writer out = Files.newBufferedWriter(dir.resolve("ground-truth/truth.csv"), StandardCharsets.UTF_8);
                    CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("source_record_id", "person_id", "source", "corruptions").get().print(out)) {
                for (Map.Entry<String, Truth> t : truth.entrySet()) {
                    csv.printRecord(t.getKey(), t.getValue().person(), t.getValue().source(),
                            String.join(" ", t.getValue().corruptions().stream().map(Enum::name).sorted().toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        long seed = Long.getLong("population.seed", 1L);
        Population population = Population.generate(seed, Integer.getInteger("population.size", 100_000));
        AgencyExtracts extracts = of(population, seed, Double.parseDouble(System.getProperty("population.corruption", "1")));
        Path out = Path.of(System.getProperty("population.out", "target/population"));
        extracts.write(out);
        System.out.printf("%,d persons, %,d records written to %s%n", population.residents().size(), extracts.truth().size(), out.toAbsolutePath());
    }
}
