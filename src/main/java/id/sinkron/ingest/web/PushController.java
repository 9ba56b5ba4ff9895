package id.sinkron.ingest.web;

import id.sinkron.audit.RunCounts;
import id.sinkron.audit.RunStatus;
import id.sinkron.audit.RunTrigger;
import id.sinkron.ingest.Ingestion;
import id.sinkron.ingest.RunResult;
import id.sinkron.security.Caller;
import id.sinkron.source.RowFormat;
import id.sinkron.source.RowReader;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.Sources;
import id.sinkron.web.Problems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agencies push records in canonical field names; the body is streamed through the same pipeline as a pulled
 * sync run of that source, and the answer comes when the run has ended.
 */
@RestController
class PushController {

    static final String NDJSON = "application/x-ndjson";

    private final Sources sources;
    private final Ingestion ingestion;

    PushController(Sources sources, Ingestion ingestion) {
        this.sources = sources;
        this.ingestion = ingestion;
    }

    /** The run's outcome as the pushing agency sees it. */
    record PushResult(long runId, String source, RunStatus status, RunCounts counts, Map<String, String> links) {}

    // the body is read as a stream, not bound, so its description is given here
    @RequestBody(description = "records in canonical field names: one JSON object a line, or CSV with a header row",
            required = true, content = {@Content(mediaType = NDJSON, schema = @Schema(type = "string")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "200", description = "the run ended; its id, status and counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PushResult.class)))
    @PostMapping(path = "/api/v1/sources/{source}/records", consumes = {NDJSON, "text/csv"})
    ResponseEntity<?> push(@PathVariable String source, HttpServletRequest request) throws IOException {
        SourceDefinition definition = sources.require(source);
        Caller.checkAccessTo(definition.agency(), "source " + source);
        MediaType type = MediaType.parseMediaType(request.getContentType());
        RowFormat format = type.isCompatibleWith(MediaType.parseMediaType(NDJSON)) ? RowFormat.NDJSON : RowFormat.CSV;
        Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        String origin = "push from " + request.getRemoteAddr();
        RunResult result;
        try (RowReader rows = RowReader.open(request.getInputStream(), format, charset, ',')) {
            result = ingestion.run(definition, RunTrigger.PUSH, origin, rows, true);
        }
        Map<String, String> links = Map.of(
                "run", "/api/v1/sync-runs/" + result.runId(),
                "rejections", "/api/v1/sync-runs/" + result.runId() + "/rejections");
        if (result.status() == RunStatus.FAILED) {
            ProblemDetail problem = result.badInput()
                    ? Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-input", "Unreadable input", result.error())
                    : Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "run-failed", "Sync run failed",
                            "the sync run failed after " + result.counts().read() + " records; records before that are stored");
            problem.setProperty("run_id", result.runId());
            problem.setProperty("counts", result.counts());
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(new PushResult(result.runId(), result.source(), result.status(), result.counts(), links));
    }
}
