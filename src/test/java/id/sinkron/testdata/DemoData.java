package id.sinkron.testdata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the shipped demo data under {@code config/demo/} (fictitious persons). Run it again only to change the
 * demo; the output is committed:
 * {@code ./mvnw -q test-compile exec:java -Pbench -Dbench.main=id.sinkron.testdata.DemoData}.
 */
public final class DemoData {

    static final String[] HEADER = {
        "ID_PDDK", "NIK", "NO_KK", "NAMA_LGKP", "TMPT_LHR", "TGL_LHR", "JENIS_KLMIN", "AGAMA", "STAT_KWN",
        "NAMA_LGKP_IBU", "ALAMAT", "NO_RT", "NO_RW", "KODE_DESA", "NAMA_KEL", "NAMA_KEC", "NAMA_KAB", "TELP"};
    private static final DateTimeFormatter DUKCAPIL = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String[] TITLES_BEFORE = {"H.", "Hj.", "Drs.", "Dr.", "Ir."};
    private static final String[] TITLES_AFTER = {", S.Pd.", ", S.H.", ", S.E., M.M.", ", M.Si.", ", A.Md."};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "config/demo");
        SyntheticPopulation population = new SyntheticPopulation(20261128L);
        Random random = population.random();
        List<SyntheticPerson> persons = population.next(300);

        Files.createDirectories(dir.resolve("dukcapil"));
        try (Writer out = Files.newBufferedWriter(dir.resolve("dukcapil/penduduk-blora-2026-11.csv"), StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (int i = 0; i < persons.size(); i++) {
                SyntheticPerson p = persons.get(i);
                List<Object> row = dukcapilRow(String.format("PDDK-%06d", i + 1), p, random);
                dirty(i, row, random);
                if (i == 150) {
                    // a broken line: one field short, as a hand-edited export produces
                    out.write(String.join(",", row.subList(0, row.size() - 1).stream().map(String::valueOf).toList()) + "\r\n");
                    continue;
                }
                csv.printRecord(row);
            }
            // the same person registered twice under two ids: linked to one golden record
            csv.printRecord(dukcapilRow("PDDK-000301", persons.get(10), random));
        }

        Files.createDirectories(dir.resolve("koreksi"));
        try (Writer out = Files.newBufferedWriter(dir.resolve("koreksi/penduduk-blora-koreksi.csv"), StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (int i = 0; i < 5; i++) {
                SyntheticPerson p = persons.get(i * 7);
                List<Object> row = dukcapilRow(String.format("PDDK-%06d", i * 7 + 1), p, random);
                row.set(10, "JL. BARU NO. " + (i + 1)); // moved house
                row.set(17, "0813-" + (2000_0000 + i));
                csv.printRecord(row);
            }
        }

        Files.createDirectories(dir.resolve("push"));
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(dir.resolve("push/dinsos-dtks.ndjson"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 20; i++) {
                SyntheticPerson p = persons.get(i * 13);
                Map<String, Object> record = new java.util.LinkedHashMap<>(p.canonical(String.format("DTKS-%05d", i + 1)));
                record.keySet().retainAll(List.of("source_record_id", "nik", "kk_number", "full_name", "birth_date", "sex", "address", "village_code", "phone"));
                if (i % 5 == 4) {
                    record.remove("nik"); // registered without NIK: a new person for now
                }
                out.write(json.writeValueAsString(record) + "\n");
            }
            out.write("{\"source_record_id\": \"DTKS-00021\", \"full_name\": \"WARSINI\", \"nik\": \"3316010101010000\"}\n");
            out.write("{\"source_record_id\": \"DTKS-00022\", \"full_name\": \"KARMIN\", \"birth_date\": \"1970-13-45\"}\n");
        }
    }

    static List<Object> dukcapilRow(String id, SyntheticPerson p, Random random) {
        List<Object> row = new ArrayList<>();
        row.add(id);
        row.add(p.nik());
        row.add(p.kkNumber());
        row.add(p.fullName());
        row.add(p.birthPlace());
        row.add(p.birthDate().format(DUKCAPIL));
        row.add(p.sex().equals("L") ? "LAKI-LAKI" : "PEREMPUAN");
        row.add(String.valueOf(List.of("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "KEPERCAYAAN").indexOf(p.religion()) + 1));
        row.add(String.valueOf(List.of("BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI").indexOf(p.maritalStatus()) + 1));
        row.add(p.motherName());
        row.add(p.address());
        row.add(String.valueOf(Integer.parseInt(p.rt())));
        row.add(String.valueOf(Integer.parseInt(p.rw())));
        row.add(p.villageCode().replace(".", ""));
        row.add(p.villageName());
        row.add(p.districtName());
        row.add("BLORA");
        row.add(p.phone() == null ? "" : "0" + p.phone().substring(3));
        return row;
    }

    /** Every tenth row gets the kind of mess real exports have; a few get mistakes that must be rejected. */
    static void dirty(int i, List<Object> row, Random random) {
        switch (i % 10) {
            case 1 -> row.set(3, "  " + row.get(3).toString().toLowerCase() + "  ");
            case 3 -> row.set(3, TITLES_BEFORE[random.nextInt(TITLES_BEFORE.length)] + " " + row.get(3) + TITLES_AFTER[random.nextInt(TITLES_AFTER.length)]);
            case 5 -> row.set(5, row.get(5).toString().replace('-', '/'));
            case 7 -> row.set(6, row.get(6).equals("LAKI-LAKI") ? "L" : "P");
            default -> { }
        }
        switch (i) {
            case 20 -> row.set(1, row.get(1).toString().substring(0, 15));            // NIK one digit short
            case 40 -> row.set(1, row.get(1).toString().substring(0, 12) + "0000");   // serial 0000
            case 60 -> row.set(3, "");                                                 // no name
            case 80 -> row.set(5, "31-02-1980");                                       // no such date
            case 100 -> row.set(6, "X");                                               // unknown sex code
            case 120 -> row.set(1, "9916" + row.get(1).toString().substring(4));       // no province 99
            case 140 -> row.set(1, "");                                                // no NIK: accepted
            case 160 -> row.set(1, "");
            case 180 -> row.set(5, "01-01-1990");                                      // disagrees with the NIK: a warning
            case 200 -> row.set(6, row.get(6).toString().startsWith("L") ? "PEREMPUAN" : "LAKI-LAKI"); // warning
            case 220 -> row.set(17, "12345");                                          // not a phone number
            default -> { }
        }
    }
}
