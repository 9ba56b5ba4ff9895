package id.sinkron.camel;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Bean {@code restPages}: pulls a paged REST API as one sync run. A pull route calls {@link #byPage} or
 * {@link #byCursor} and hands the result to {@code direct:sinkron-ingest}; the records are read lazily, one
 * page at a time, while the run stores them batch by batch, so a pull of millions holds one page in memory.
 *
 * <p>Each page is fetched by sending to a <em>page route</em> ({@code direct:...}) that knows the URL and the
 * Authorization header and has Camel redelivery for 5xx, timeouts and dropped connections; this bean only sets
 * the query string ({@code Exchange.HTTP_QUERY}, URL-encoded) and reads the JSON answer. Every header
 * {@code SinkronQuery.<name>} of the pull exchange (the {@code updated_since} watermark, filters) is sent as query
 * parameter {@code <name>} with every page. When the first page gives a {@code total}, it becomes the run's
 * expected total ({@code SinkronExpectedTotal}), shown as progress.
 */
@Component("restPages")
public class RestPages {

    /** Prefix of pull-exchange headers sent as query parameters with every page. */
    public static final String QUERY_PREFIX = "SinkronQuery.";

    private final ProducerTemplate producer;

    RestPages(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * Page/offset style: {@code ?page=1&size=<size>}, then page 2, 3… until a page brings fewer than
     * {@code size} records. The answer is a JSON object whose array {@code itemsField} holds the records
     * (optional number {@code total}: all records of the query), or a bare JSON array.
     */
    public Iterator<Object> byPage(Exchange pull, String pageEndpoint, int size, String itemsField) {
        return start(pull, new PageFetcher(producer, pageEndpoint, query(pull), itemsField, PageFetcher.Style.PAGE, size));
    }

    /**
     * Cursor style: the first request without cursor, then {@code ?cursor=<next_cursor>} of the previous answer
     * until {@code next_cursor} is null or absent. Records in the array {@code itemsField}; optional {@code total}.
     */
    public Iterator<Object> byCursor(Exchange pull, String pageEndpoint, String itemsField) {
        return start(pull, new PageFetcher(producer, pageEndpoint, query(pull), itemsField, PageFetcher.Style.CURSOR, 0));
    }

    private static Iterator<Object> start(Exchange pull, PageFetcher pages) {
        Iterator<Object> records = pages.iterator();
        // the first page is fetched now, so its total can be the run's expected total; should it fail, the
        // failure is raised by the iterator inside the run, which records it as FAILED with its reason
        try {
            records.hasNext();
        } catch (RuntimeException e) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    throw e;
                }

                @Override
                public Object next() {
                    throw e;
                }
            };
        }
        if (pages.total() != null) {
            pull.getMessage().setHeader(IngestEndpoint.EXPECTED_TOTAL_HEADER, pages.total());
        }
        return records;
    }

    private static Map<String, Object> query(Exchange pull) {
        Map<String, Object> query = new LinkedHashMap<>();
        pull.getMessage().getHeaders().forEach((name, value) -> {
            if (name.startsWith(QUERY_PREFIX) && value != null && !String.valueOf(value).isBlank()) {
                query.put(name.substring(QUERY_PREFIX.length()), value);
            }
        });
        return query;
    }
}
