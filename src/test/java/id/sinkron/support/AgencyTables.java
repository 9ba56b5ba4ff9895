package id.sinkron.support;

import id.sinkron.testdata.SyntheticPerson;
import id.sinkron.testdata.SyntheticPopulation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The agency tables the shipped JDBC routes read, created in a real PostgreSQL or MariaDB database and filled
 * with synthetic residents: SIMPUS {@code pasien} (patient n last changed n seconds after {@link #T0}) and RSUD
 * {@code kelahiran} (birth n has id n).
 */
public final class AgencyTables {

    public static final LocalDateTime T0 = LocalDateTime.of(2024, 3, 1, 8, 0);

    private final Connection connection;
    private final boolean mariadb;

    public AgencyTables(Connection connection) throws SQLException {
        this.connection = connection;
        this.mariadb = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mariadb")
                || connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql");
    }

    public void create() throws SQLException {
        String timestamp = mariadb ? "datetime(6)" : "timestamp(6)";
        try (Statement s = connection.createStatement()) {
            s.execute("drop table if exists pasien");
            s.execute("drop table if exists kelahiran");
            s.execute("""
                    create table pasien (no_rm varchar(20) primary key, nik varchar(16), no_kk varchar(16),
                        nama_pasien varchar(100) not null, tempat_lahir varchar(60), tgl_lahir date, jenis_kelamin varchar(10),
                        alamat varchar(200), kode_desa varchar(13), no_hp varchar(20), updated_at %s not null)
                    """.formatted(timestamp));
            s.execute("create index pasien_updated_idx on pasien (updated_at)");
            s.execute("""
                    create table kelahiran (id bigint primary key, nik_bayi varchar(16), nama_bayi varchar(100) not null,
                        tempat_lahir varchar(60), tgl_lahir date, jenis_kelamin varchar(10), nama_ibu varchar(100),
                        no_kk varchar(16), alamat varchar(200), kode_desa varchar(13))
                    """);
        }
    }

    /** Patients {@code from..to} (1-based): {@code RM<n>}, changed at T0 + n seconds. */
    public void patients(long seed, int from, int to) throws SQLException {
        SyntheticPopulation population = new SyntheticPopulation(seed);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement("""
                insert into pasien (no_rm, nik, no_kk, nama_pasien, tempat_lahir, tgl_lahir, jenis_kelamin, alamat, kode_desa,
                                    no_hp, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (int n = from; n <= to; n++) {
                SyntheticPerson p = population.next();
                ps.setString(1, "RM" + n);
                ps.setString(2, p.nik());
                ps.setString(3, p.kkNumber());
                ps.setString(4, p.fullName());
                ps.setString(5, p.birthPlace());
                ps.setObject(6, java.sql.Date.valueOf(p.birthDate()));
                ps.setString(7, p.sex());
                ps.setString(8, p.address());
                ps.setString(9, p.villageCode());
                ps.setString(10, p.phone());
                ps.setTimestamp(11, Timestamp.valueOf(T0.plusSeconds(n)));
                ps.addBatch();
                if (n % 1_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Births {@code from..to}, with ids {@code from..to} and no NIK yet, as newborns come. */
    public void births(long seed, int from, int to) throws SQLException {
        SyntheticPopulation population = new SyntheticPopulation(seed);
        try (PreparedStatement ps = connection.prepareStatement("""
                insert into kelahiran (id, nik_bayi, nama_bayi, tempat_lahir, tgl_lahir, jenis_kelamin, nama_ibu, no_kk, alamat, kode_desa)
                values (?, null, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (int n = from; n <= to; n++) {
                SyntheticPerson p = population.next();
                ps.setLong(1, n);
                ps.setString(2, p.fullName());
                ps.setString(3, p.birthPlace());
                ps.setObject(4, java.sql.Date.valueOf(p.birthDate()));
                ps.setString(5, p.sex());
                ps.setString(6, p.motherName());
                ps.setString(7, p.kkNumber());
                ps.setString(8, p.address());
                ps.setString(9, p.villageCode());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Patient n gets a new name and is changed at T0 + {@code secondsAfterT0}. */
    public void rename(int n, String name, long secondsAfterT0) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("update pasien set nama_pasien = ?, updated_at = ? where no_rm = ?")) {
            ps.setString(1, name);
            ps.setTimestamp(2, Timestamp.valueOf(T0.plusSeconds(secondsAfterT0)));
            ps.setString(3, "RM" + n);
            ps.executeUpdate();
        }
    }

    /** The watermark text of patient n's timestamp. */
    public static String changedAt(long secondsAfterT0) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(T0.plusSeconds(secondsAfterT0));
    }
}
