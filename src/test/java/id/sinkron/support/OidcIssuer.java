package id.sinkron.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * An OIDC issuer for the tests: an RSA key pair whose public key the service trusts
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}), signing access tokens as an identity
 * provider would.
 */
public final class OidcIssuer {

    private static final KeyPair KEYS = generate();
    private static final Path PUBLIC_KEY = write(KEYS);

    private OidcIssuer() {}

    public static String publicKeyLocation() {
        return PUBLIC_KEY.toUri().toString();
    }

    /** A token for {@code subject} with these claims, valid from a minute ago until {@code expires}. */
    public static String token(String subject, Map<String, Object> claims, Instant expires) {
        return sign(KEYS, subject, claims, expires);
    }

    /** The same token signed by a key the service does not trust. */
    public static String forged(String subject, Map<String, Object> claims) {
        return sign(generate(), subject, claims, Instant.now().plusSeconds(300));
    }

    private static String sign(KeyPair keys, String subject, Map<String, Object> claims, Instant expires) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().subject(subject).issuer("https://sso.example.go.id")
                .issueTime(Date.from(Instant.now().minusSeconds(60))).expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(KeyPair keys) {
        try {
            Path file = Files.createTempFile("sinkron-oidc", ".pem");
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
