package id.sinkron.camel;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Aggregation strategy {@code rowBatches}: gathers the rows of many messages (each body a {@code List} from
 * {@link JsonMessages}) into one list, so a burst of small messages becomes one sync run, not one run each.
 */
@Component("rowBatches")
public class RowBatches implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange gathered, Exchange next) {
        List<?> rows = next.getMessage().getBody(List.class);
        if (gathered == null) {
            next.getMessage().setBody(new ArrayList<Object>(rows));
            return next;
        }
        @SuppressWarnings("unchecked")
        List<Object> all = gathered.getMessage().getBody(List.class);
        all.addAll(rows);
        return gathered;
    }
}
