package id.sinkron.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Issues, lists, revokes and checks API keys. A key is {@code sk_} and 32 random bytes (base64url); only its
 * SHA-256 is stored. A fast unsalted hash is enough here: unlike passwords, keys carry 256 bits of entropy,
 * so neither brute force nor precomputed tables can find one from its hash.
 */
@Repository
public class ApiKeys {

    static final String PREFIX = "sk_";
    private static final int PREFIX_SHOWN = PREFIX.length() + 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = """
            id, prefix, name, roles, agency, created_by, created_at, expires_at, revoked_at, last_used_at
            """;

    private final JdbcTemplate jdbc;

    public ApiKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A key just issued: the only time the key itself is known. */
    public record Issued(ApiKey key, String secret) {}

    public Issued issue(String name, Set<Role> roles, String agency, OffsetDateTime expiresAt, String createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(store(secret, name, roles, agency, expiresAt, createdBy), secret);
    }

    /** Stores a key chosen by the operator (the bootstrap key); does nothing when it is stored already. */
    ApiKey storeIfAbsent(String secret, String name, Set<Role> roles) {
        return byHash(hash(secret)).orElseGet(() -> store(secret, name, roles, null, null, "bootstrap"));
    }

    private ApiKey store(String secret, String name, Set<Role> roles, String agency, OffsetDateTime expiresAt, String createdBy) {
        return jdbc.queryForObject("""
                insert into api_keys (prefix, hash, name, roles, agency, created_by, expires_at)
                values (?, ?, ?, ?::text[], ?, ?, ?) returning %s
                """.formatted(COLUMNS), (rs, i) -> key(rs),
                secret.substring(0, Math.min(PREFIX_SHOWN, secret.length())), hash(secret), name,
                roles.stream().map(Role::name).sorted().toArray(String[]::new), agency, createdBy, expiresAt);
    }

    public List<ApiKey> list() {
        return jdbc.query("select " + COLUMNS + " from api_keys order by id", (rs, i) -> key(rs));
    }

    public Optional<ApiKey> find(long id) {
        return jdbc.query("select " + COLUMNS + " from api_keys where id = ?", (rs, i) -> key(rs), id).stream().findFirst();
    }

    /** Revokes the key; true when it was active. */
    public boolean revoke(long id) {
        return jdbc.update("update api_keys set revoked_at = now() where id = ? and revoked_at is null", id) == 1;
    }

    boolean anyActive() {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from api_keys where revoked_at is null and (expires_at is null or expires_at > now()))
                """, Boolean.class));
    }

    /** The active key whose secret this is; marks it used. */
    Optional<ApiKey> authenticate(String secret) {
        return jdbc.query("""
                update api_keys set last_used_at = now()
                 where hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
                returning %s
                """.formatted(COLUMNS), (rs, i) -> key(rs), hash(secret)).stream().findFirst();
    }

    private Optional<ApiKey> byHash(String hash) {
        return jdbc.query("select " + COLUMNS + " from api_keys where hash = ?", (rs, i) -> key(rs), hash).stream().findFirst();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        List<Role> roles = Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).toList();
        return new ApiKey(rs.getLong("id"), rs.getString("prefix"), rs.getString("name"), roles, rs.getString("agency"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
