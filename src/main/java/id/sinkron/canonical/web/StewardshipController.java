package id.sinkron.canonical.web;

import id.sinkron.canonical.MergeHistory;
import id.sinkron.canonical.MergeOutcome;
import id.sinkron.canonical.PersonMerges;
import id.sinkron.canonical.Persons;
import id.sinkron.security.Caller;
import id.sinkron.web.BadRequest;
import id.sinkron.web.NotFound;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A steward's corrections of persons: merging two persons found to be one, moving a wrongly linked source record
 * out to a person of its own, and the log of both. The actor is the authenticated caller; a reason is required.
 */
@RestController
class StewardshipController {

    private final PersonMerges merges;
    private final MergeHistory history;
    private final Persons persons;

    StewardshipController(PersonMerges merges, MergeHistory history, Persons persons) {
        this.merges = merges;
        this.history = history;
        this.persons = persons;
    }

    /** Merging {@code other} into this person. */
    record MergeRequest(UUID other, String reason) {}

    record Merged(UUID survivingId, UUID retiredId) {}

    /** Moving one source record of this person out. */
    record UnmergeRequest(String source, String sourceRecordId, String reason) {}

    record Unmerged(UUID personId, UUID newPersonId) {}

    /** Merges {@code other} into {@code id}: {@code id} survives, {@code other} is retired (its id resolves to {@code id}). */
    @PostMapping("/api/v1/persons/{id}/merge")
    Merged merge(@PathVariable UUID id, @RequestBody MergeRequest request) {
        if (request.other() == null) {
            throw new BadRequest("other (the id of the person to merge into this one) is required");
        }
        MergeOutcome outcome = merges.merge(id, request.other(), actor(), reason(request.reason()), null, null);
        return new Merged(outcome.surviving(), outcome.retired());
    }

    /** Moves a source record of {@code id} out to a new person, kept apart from {@code id} from now on. */
    @PostMapping("/api/v1/persons/{id}/unmerge")
    Unmerged unmerge(@PathVariable UUID id, @RequestBody UnmergeRequest request) {
        if (blank(request.source()) || blank(request.sourceRecordId())) {
            throw new BadRequest("source and source_record_id (the record to move out) are required");
        }
        String reason = reason(request.reason());
        return new Unmerged(id, merges.unmerge(id, request.source(), request.sourceRecordId(), actor(), reason));
    }

    /** The merges and unmerges involving the person and the persons merged into it, oldest first; a retired id answers its survivor's. */
    @GetMapping("/api/v1/persons/{id}/merges")
    List<MergeHistory.Entry> merges(@PathVariable UUID id) {
        UUID live = persons.find(id).orElseThrow(() -> new NotFound("no person " + id)).id();
        return history.of(live);
    }

    private static String reason(String reason) {
        if (blank(reason)) {
            throw new BadRequest("reason is required: say why, for the stewardship log");
        }
        return reason.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String actor() {
        return Caller.current().map(Caller::actor).orElse("unknown");
    }
}
