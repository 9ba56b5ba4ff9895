package id.sinkron.audit.web;

import id.sinkron.audit.AdminActions;
import id.sinkron.security.AccessEntry;
import id.sinkron.audit.AuditTrail;
import id.sinkron.audit.AuditTrail.Query;
import id.sinkron.audit.AuditTrail.StoredEntry;
import id.sinkron.audit.Verification;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log for auditors: entries filtered by time, actor, person and action (a prefix such as
 * {@code GET /api/v1/persons}), as pages or as CSV, and the check of its hash chain.
 */
@RestController
@Validated
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * One entry as the API shows it. An administrative action ({@code route.stop}, {@code route.reload} of one file)
     * has {@code target} (what it was done to, also its {@code path}) and {@code detail} (how it ended, e.g.
     * {@code refused: <errors>}, also its {@code query}), and status 0; an API call has neither.
     */
    record EntryView(long id, java.time.Instant at, String actor, String roles, String agency, String action, String path,
            String query, UUID personId, String remote, int status, AccessEntry.Outcome outcome, String target, String detail,
            String hash) {

        static EntryView of(StoredEntry s) {
            AccessEntry e = s.entry();
            boolean admin = AdminActions.METHOD.equals(e.method());
            return new EntryView(s.id(), e.at(), e.actor(), e.roles(), e.agency(), e.action(), e.path(), e.query(), e.personId(),
                    e.remote(), e.status(), e.outcome(), admin ? e.path() : null, admin ? e.query() : null, s.hash());
        }
    }

    record EntriesPage(List<EntryView> entries, long nextAfter) {}

    @GetMapping("/api/v1/audit")
    EntriesPage entries(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) @Size(max = 200) String actor,
            @RequestParam(required = false) UUID person,
            @RequestParam(required = false) @Size(max = 300) String action,
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        List<EntryView> entries = trail.find(new Query(from, to, actor, person, action), after, limit).stream().map(EntryView::of).toList();
        return new EntriesPage(entries, entries.isEmpty() ? after : entries.get(entries.size() - 1).id());
    }

    @GetMapping("/api/v1/audit.csv")
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) @Size(max = 200) String actor,
            @RequestParam(required = false) UUID person,
            @RequestParam(required = false) @Size(max = 300) String action) {
        Query query = new Query(from, to, actor, person, action);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            trail.exportCsv(query, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sinkron-audit.csv\"")
                .body(body);
    }

    /** Checks the whole hash chain: {@code intact}, or the first broken entry and why. */
    @PostMapping("/api/v1/audit/verify")
    Verification verify() {
        return trail.verify();
    }
}
