package id.sinkron.camel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** The pages of one pull, fetched one after the other as the run consumes their records. Not thread-safe. */
final class PageFetcher {

    enum Style {
        /** {@code page} and {@code size} query parameters; ends with a short page. */
        PAGE,
        /** {@code cursor} query parameter from the previous answer's {@code next_cursor}; ends when it is null. */
        CURSOR
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProducerTemplate producer;
    private final String endpoint;
    private final Map<String, Object> query;
    private final String itemsField;
    private final Style style;
    private final int size;

    private final Deque<Object> buffered = new ArrayDeque<>();
    private int page;
    private String cursor;
    private boolean last;
    private Long total;

    PageFetcher(ProducerTemplate producer, String endpoint, Map<String, Object> query, String itemsField, Style style, int size) {
        if (style == Style.PAGE && size <= 0) {
            throw new IllegalArgumentException("page size must be positive, not " + size);
        }
        this.producer = producer;
        this.endpoint = endpoint;
        this.query = query;
        this.itemsField = itemsField;
        this.style = style;
        this.size = size;
    }

    /** The total the API announced on its first page; null when it did not. */
    Long total() {
        return total;
    }

    Iterator<Object> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (buffered.isEmpty() && !last) {
                    fetchNext();
                }
                return !buffered.isEmpty();
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffered.poll();
            }
        };
    }

    private void fetchNext() {
        page++;
        Map<String, Object> params = new LinkedHashMap<>(query);
        if (style == Style.PAGE) {
            params.put("page", page);
            params.put("size", size);
        } else if (cursor != null) {
            params.put("cursor", cursor);
        }
        String queryString = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(String.valueOf(e.getValue())))
                .collect(Collectors.joining("&"));
        Exchange answer = producer.send(endpoint, exchange -> exchange.getMessage().setHeader(Exchange.HTTP_QUERY, queryString));
        if (answer.getException() != null) {
            throw failed(answer.getException());
        }
        JsonNode body = parse(answer.getMessage().getBody(String.class));
        JsonNode items = body.isArray() ? body : body.path(itemsField);
        if (!items.isArray()) {
            throw new PageUnusable("page " + page + " from " + endpoint + " has no array \"" + itemsField + "\"", null);
        }
        if (page == 1 && body.path("total").canConvertToLong()) {
            total = body.path("total").asLong();
        }
        items.forEach(item -> buffered.add(item.isObject() ? JSON.convertValue(item, Map.class)
                : new UnreadableMessage(item.toString(), "a record must be a JSON object of field names to values")));
        if (style == Style.PAGE) {
            last = items.size() < size;
        } else {
            String next = body.path("next_cursor").isValueNode() && !body.path("next_cursor").isNull() ? body.path("next_cursor").asText() : null;
            if (next != null && next.equals(cursor)) {
                throw new PageUnusable("page " + page + " from " + endpoint + " returned its own cursor again: the pull would never end", null);
            }
            cursor = next;
            last = next == null || next.isEmpty();
        }
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text == null ? "" : text);
            if (node == null || node.isMissingNode()) {
                throw new PageUnusable("page " + page + " from " + endpoint + " is empty", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new PageUnusable("page " + page + " from " + endpoint + " is not JSON: " + e.getOriginalMessage(), null);
        }
    }

    private PageUnusable failed(Exception cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + root.getMessage();
        return new PageUnusable("page " + page + " from " + endpoint + " failed: " + reason, cause);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A page could not be fetched or read. Carries no cause on purpose: the run records the root cause's
     * message, and this message says which page of which pull it was; the cause is kept as suppressed for the log.
     */
    static final class PageUnusable extends RuntimeException {
        PageUnusable(String message, Throwable cause) {
            super(message);
            if (cause != null) {
                addSuppressed(cause);
            }
        }
    }
}
