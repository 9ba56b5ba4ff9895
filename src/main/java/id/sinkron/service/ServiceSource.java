package id.sinkron.service;

import java.util.Objects;
import java.util.Set;

/**
 * What parsing and writing the records of one service source needs to know about it.
 *
 * @param id the source id
 * @param agency the agency owning it: part of every service's identity
 * @param statuses its status codes
 * @param personSource the source a {@code person_source_record_id} refers to when a row names none; null: rows must name it
 * @param personSources the person sources of the same agency a row may name in {@code person_source}
 */
public record ServiceSource(String id, String agency, ServiceStatuses statuses, String personSource, Set<String> personSources) {

    public ServiceSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        statuses = statuses == null ? ServiceStatuses.CANONICAL : statuses;
        personSources = Set.copyOf(personSources);
    }
}
