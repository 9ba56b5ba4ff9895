package id.sinkron.subscription;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries per Standard Webhooks: {@code webhook-signature} is {@code v1,<base64 HMAC-SHA256>}
 * over {@code id.timestamp.body}, with the secret's bytes after its {@code whsec_} prefix as key. During a
 * rotation the signature header carries one signature per secret, separated by a space; a receiver accepts
 * the delivery when any of them matches.
 */
public final class WebhookSigner {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    private static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {}

    /** A new random secret, {@code whsec_} and 32 bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The three headers for one attempt at delivering {@code body}. */
    public static Map<String, String> headers(SigningSecrets secrets, String id, long epochSeconds, String body) {
        String signature = sign(secrets.current(), id, epochSeconds, body);
        if (secrets.previous() != null) {
            signature += " " + sign(secrets.previous(), id, epochSeconds, body);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, id);
        headers.put(TIMESTAMP, Long.toString(epochSeconds));
        headers.put(SIGNATURE, signature);
        return headers;
    }

    /** {@code v1,<base64 HMAC-SHA256(key, id.timestamp.body)>}. */
    public static String sign(String secret, String id, long epochSeconds, String body) {
        String encodedKey = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encodedKey), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
