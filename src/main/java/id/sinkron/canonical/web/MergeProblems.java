package id.sinkron.canonical.web;

import id.sinkron.canonical.MergeRefused;
import id.sinkron.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused merge or unmerge is a 409 problem wherever it is thrown (here or in a review decision). Ordered
 * before the shared problem handler, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MergeProblems {

    @ExceptionHandler(MergeRefused.class)
    ProblemDetail refused(MergeRefused e) {
        return Problems.problem(HttpStatus.CONFLICT, "merge-refused", "Merge refused", e.getMessage());
    }
}
