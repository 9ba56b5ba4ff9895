package id.sinkron.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped {@code reference/wilayah/wilayah.sql} (a MySQL dump of cahyadsn/wilayah, see the README beside it)
 * read into regions. The dump is read as it is, not converted, so the file stays byte-for-byte the published one
 * and its SHA-256 says which edition is loaded.
 *
 * @param rows every region, in file order
 * @param sha256 of the file's bytes, lower-case hex
 */
record RegionFile(List<Region> rows, String sha256) {

    static final String RESOURCE = "/reference/wilayah/wilayah.sql";

    /** {@code ('33.16.09.1006','Beran')}: apostrophes in names are doubled, as SQL escapes them. */
    private static final Pattern ROW = Pattern.compile("\\('([0-9.]+)','((?:[^']|'')*)'\\)");

    RegionFile {
        rows = List.copyOf(rows);
    }

    static RegionFile shipped() {
        try (InputStream in = RegionFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("region codes " + RESOURCE + " are missing from the classpath");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static RegionFile parse(byte[] bytes) {
        List<Region> rows = new ArrayList<>(92_000);
        Matcher row = ROW.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (row.find()) {
            rows.add(Region.of(row.group(1), row.group(2).replace("''", "'")));
        }
        return new RegionFile(rows, sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
