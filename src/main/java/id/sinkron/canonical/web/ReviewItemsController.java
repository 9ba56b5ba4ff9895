package id.sinkron.canonical.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.sinkron.canonical.Persons;
import id.sinkron.canonical.Persons.PersonView;
import id.sinkron.canonical.ReviewAlreadyDecided;
import id.sinkron.canonical.ReviewDecisions;
import id.sinkron.canonical.ReviewItems;
import id.sinkron.canonical.ReviewItems.ReviewItem;
import id.sinkron.canonical.ReviewReason;
import id.sinkron.canonical.ReviewStatus;
import id.sinkron.security.Caller;
import id.sinkron.web.BadRequest;
import id.sinkron.web.NotFound;
import id.sinkron.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue of data stewards: items listed and filtered, one item with both persons side by side and the
 * comparisons that scored them, and the decision on it (merge or keep apart), taken once.
 */
@RestController
@Validated
class ReviewItemsController {

    private final ReviewItems items;
    private final ReviewDecisions decisions;
    private final Persons persons;

    ReviewItemsController(ReviewItems items, ReviewDecisions decisions, Persons persons) {
        this.items = items;
        this.decisions = decisions;
        this.persons = persons;
    }

    /** A page of items in the order they were opened; pass the last id as {@code after} for the next page. */
    @GetMapping("/api/v1/review-items")
    List<ReviewItem> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String source,
            @RequestParam(name = "min_score", required = false) Double minScore,
            @RequestParam(name = "max_score", required = false) Double maxScore,
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        ReviewItems.Filter filter = new ReviewItems.Filter(named(ReviewStatus.class, "status", status),
                named(ReviewReason.class, "reason", reason), blankToNull(source), minScore, maxScore);
        return items.list(filter, after, limit);
    }

    /**
     * One comparison of the item's record with the candidate.
     *
     * @param comparison the comparison's name ({@code label} says the same, for the console)
     * @param level the label of the level the pair fell into ({@code null} when a value was missing)
     * @param weight the level's weight
     */
    record ComparisonView(String comparison, String label, String level, Double weight) {}

    /** An item with the two persons' golden records side by side and the comparisons of its explanation. */
    record ItemView(@JsonUnwrapped ReviewItem item, PersonView person, PersonView candidate, List<ComparisonView> comparisons) {}

    @GetMapping("/api/v1/review-items/{id}")
    ItemView get(@PathVariable long id) {
        ReviewItem item = items.find(id).orElseThrow(() -> new NotFound("no review item " + id));
        return new ItemView(item, persons.find(item.personId()).orElse(null), persons.find(item.candidateId()).orElse(null),
                comparisons(item.explanation()));
    }

    /** A steward's decision: {@code merge} or {@code keep-apart}, and why. */
    record DecisionRequest(@NotBlank String decision, @NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/api/v1/review-items/{id}/decision")
    ItemView decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
        ReviewDecisions.Decision decision = switch (request.decision().trim().toLowerCase(Locale.ROOT)) {
            case "merge" -> ReviewDecisions.Decision.MERGE;
            case "keep-apart" -> ReviewDecisions.Decision.KEEP_APART;
            default -> throw new BadRequest("decision must be merge or keep-apart");
        };
        String actor = Caller.current().map(Caller::actor).orElse("unknown");
        decisions.decide(id, decision, actor, request.reason().trim()).orElseThrow(() -> new NotFound("no review item " + id));
        return get(id);
    }

    @ExceptionHandler(ReviewAlreadyDecided.class)
    ProblemDetail decided(ReviewAlreadyDecided e) {
        return Problems.problem(HttpStatus.CONFLICT, "review-item-decided", "Review item decided", e.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static List<ComparisonView> comparisons(Map<String, Object> explanation) {
        List<ComparisonView> views = new ArrayList<>();
        if (explanation != null && explanation.get("comparisons") instanceof List<?> list) {
            for (Object entry : list) {
                Map<String, Object> c = (Map<String, Object>) entry;
                Object weight = c.get("weight");
                views.add(new ComparisonView((String) c.get("comparison"), (String) c.get("comparison"), (String) c.get("level"),
                        weight instanceof Number n ? n.doubleValue() : null));
            }
        }
        return views;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(parameter + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
