package id.sinkron.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is larger than {@code sinkron.security.max-body-size} with a 413 problem,
 * before a byte of it is read: nothing is stored. A body sent in chunks, without a declared length, is refused
 * with 411: its size is known only once it has been read, and a push is stored batch by batch as it is read, so
 * the limit could only cut it off half-stored.
 */
final class BodyLimit extends OncePerRequestFilter {

    private final DataSize max;
    private final ProblemResponses problems;

    BodyLimit(DataSize max, ProblemResponses problems) {
        this.max = max;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max.toBytes()) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                    "the body has " + request.getContentLengthLong() + " bytes; at most " + max.toBytes()
                            + " are accepted (sinkron.security.max-body-size): split the push");
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            problems.write(response, HttpStatus.LENGTH_REQUIRED, "length-required", "Length required",
                    "the body is sent in chunks, without a Content-Length, so its size cannot be checked against the limit of "
                            + max.toBytes() + " bytes before it is stored: send it with a Content-Length (curl --data-binary does)");
            return;
        }
        chain.doFilter(request, response);
    }
}
