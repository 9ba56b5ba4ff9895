package id.sinkron.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.security.AccessEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hash chain of the audit log: each entry's hash is SHA-256 over the previous entry's hash and the entry
 * itself (its id and every field, as a JSON array, so no two different entries write the same text).
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChain() {}

    /** A stored entry: its id and the hashes the chain needs. */
    record Link(long id, AccessEntry entry, String prevHash, String hash) {}

    static String hash(String prevHash, long id, AccessEntry e) {
        Object[] canonical = {id, e.at().toString(), e.actor(), e.roles(), e.agency(), e.action(), e.method(), e.path(), e.query(),
            e.personId() == null ? null : e.personId().toString(), e.remote(), e.status(), e.outcome().name(), prevHash};
        try {
            byte[] text = JSON.writeValueAsBytes(Arrays.asList(canonical));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (JsonProcessingException | NoSuchAlgorithmException e2) {
            throw new IllegalStateException("cannot hash an audit entry", e2);
        }
    }

    /** Checks links fed in id order; remembers the first one that breaks the chain. */
    static final class Verifier {

        private long expectedId = 1;
        private String previous = GENESIS;
        private long checked;
        private Long broken;
        private String reason;

        void accept(Link link) {
            if (broken != null) {
                return;
            }
            checked++;
            if (link.id() != expectedId) {
                fail(link.id(), "entries " + expectedId + " to " + (link.id() - 1) + " are missing");
            } else if (!link.prevHash().equals(previous)) {
                fail(link.id(), "its previous hash is not the hash of the entry before it");
            } else if (!hash(link.prevHash(), link.id(), link.entry()).equals(link.hash())) {
                fail(link.id(), "its content does not match its hash: it was altered");
            }
            expectedId = link.id() + 1;
            previous = link.hash();
        }

        /** The chain must end where the head says: entries cut off at the end show here. */
        void end(long headId, String headHash) {
            if (broken == null && (headId != expectedId - 1 || !headHash.equals(previous))) {
                fail(expectedId, "the log ends at entry " + (expectedId - 1) + " but the head names entry " + headId);
            }
        }

        private void fail(long id, String why) {
            broken = id;
            reason = "entry " + id + ": " + why;
        }

        Verification result() {
            return new Verification(broken == null, checked, broken, reason);
        }
    }
}
