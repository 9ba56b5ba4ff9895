package id.sinkron.canonical;

/**
 * The rules the linker's blocking keys follow, as a fingerprint ({@link id.sinkron.match.BlockingFingerprint}):
 * the stored keys in {@code person_match_keys} are valid while they were made under the same one.
 *
 * @param fingerprint null when the linker keeps no keys (the exact-NIK linker)
 */
public record MatchKeyRules(String fingerprint) {

    /** A linker that keeps no keys. */
    public static final MatchKeyRules NONE = new MatchKeyRules(null);

    public boolean keepsKeys() {
        return fingerprint != null;
    }
}
