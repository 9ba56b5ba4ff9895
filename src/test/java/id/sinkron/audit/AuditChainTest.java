package id.sinkron.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.audit.AuditChain.Link;
import id.sinkron.security.AccessEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<Link> chain(int n) {
        List<Link> links = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (long id = 1; id <= n; id++) {
            AccessEntry e = entry("key:sk_auditor", 200);
            String hash = AuditChain.hash(prev, id, e);
            links.add(new Link(id, e, prev, hash));
            prev = hash;
        }
        return links;
    }

    private static AccessEntry entry(String actor, int status) {
        return new AccessEntry(Instant.parse("2026-11-29T10:00:00.123456789Z"), actor, "AUDITOR", null, "GET /api/v1/persons/{id}",
                "GET", "/api/v1/persons/x", null, null, "127.0.0.1", status, AccessEntry.Outcome.of(status));
    }

    private static Verification verify(List<Link> links) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        links.forEach(verifier::accept);
        Link last = links.get(links.size() - 1);
        verifier.end(last.id(), last.hash());
        return verifier.result();
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertThat(verify(chain(5))).isEqualTo(new Verification(true, 5, null, null));
    }

    @Test
    void anAlteredEntryIsNamed() {
        List<Link> links = chain(5);
        Link third = links.get(2);
        links.set(2, new Link(3, entry("key:sk_someone_else", 200), third.prevHash(), third.hash()));

        Verification result = verify(links);

        assertThat(result.firstBrokenId()).isEqualTo(3);
        assertThat(result.reason()).contains("altered");
    }

    @Test
    void anAlteredEntryWhoseHashWasRecomputedBreaksTheNextLink() {
        List<Link> links = chain(5);
        Link third = links.get(2);
        AccessEntry forged = entry("key:sk_someone_else", 200);
        links.set(2, new Link(3, forged, third.prevHash(), AuditChain.hash(third.prevHash(), 3, forged)));

        assertThat(verify(links).firstBrokenId()).isEqualTo(4);
    }

    @Test
    void aDeletedEntryIsNamedByTheOneAfterTheGap() {
        List<Link> links = chain(5);
        links.remove(1);

        Verification result = verify(links);

        assertThat(result.firstBrokenId()).isEqualTo(3);
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void entriesCutOffAtTheEndAreFoundThroughTheHead() {
        List<Link> links = chain(5);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        links.subList(0, 3).forEach(verifier::accept);
        verifier.end(5, links.get(4).hash());

        assertThat(verifier.result().firstBrokenId()).isEqualTo(4);
    }

    @Test
    void theInstantIsHashedAsPostgresqlKeepsIt() {
        AccessEntry e = entry("a", 200);
        assertThat(e.at()).isEqualTo(Instant.parse("2026-11-29T10:00:00.123456Z"));
    }
}
