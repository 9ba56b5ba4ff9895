package id.sinkron.ingest.web;

import id.sinkron.audit.AdminActions;
import id.sinkron.canonical.MatchKeyBackfill;
import id.sinkron.canonical.MatchKeyProgress;
import id.sinkron.canonical.MatchKeysNotKept;
import id.sinkron.web.Problems;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The blocking keys the probabilistic linker finds candidates by: whether they are current, and their rebuild. */
@RestController
class MatchKeysController {

    private static final String KEYS = "/api/v1/match/keys";

    private final MatchKeyBackfill backfill;
    private final AdminActions actions;

    MatchKeysController(MatchKeyBackfill backfill, AdminActions actions) {
        this.backfill = backfill;
        this.actions = actions;
    }

    @GetMapping(KEYS)
    MatchKeyProgress progress() {
        return backfill.progress();
    }

    /** Recomputes every person's keys in the background; {@code GET /api/v1/match/keys} shows how far it is. */
    @PostMapping(KEYS + "/rebuild")
    ResponseEntity<MatchKeyProgress> rebuild(Principal caller) {
        String actor = caller == null ? "anonymous" : caller.getName();
        try {
            MatchKeyProgress progress = backfill.rebuild();
            actions.record(actor, "match-keys.rebuild", "person_match_keys", "done");
            return ResponseEntity.accepted().location(URI.create(KEYS)).body(progress);
        } catch (MatchKeysNotKept e) {
            actions.record(actor, "match-keys.rebuild", "person_match_keys", "refused: " + e.getMessage());
            throw e;
        }
    }

    @ExceptionHandler(MatchKeysNotKept.class)
    ProblemDetail refused(MatchKeysNotKept e) {
        return Problems.problem(HttpStatus.CONFLICT, "match-keys-not-kept", "No match keys to rebuild", e.getMessage());
    }
}
