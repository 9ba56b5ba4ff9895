package id.sinkron.source;

import id.sinkron.service.ServiceStatuses;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A declared agency source.
 *
 * @param id stable id used in URLs, runs and cross-references, e.g. {@code dukcapil-blora}
 * @param agency the agency that owns the data
 * @param entity what it holds: {@code person} or {@code service}
 * @param trust 0–100: survivorship prefers values of more trusted sources
 * @param format how its files or pushes are written when no content type says otherwise
 * @param charset encoding of its files
 * @param delimiter CSV delimiter
 * @param mapping native to canonical field names; identity when the source already speaks canonical names
 * @param file the configuration file it was declared in
 * @param statuses a service source's status codes ({@code statuses:}); the canonical names only for other sources
 * @param personSource a service source's default source of {@code person_source_record_id} ({@code person-source:}), or null
 */
public record SourceDefinition(
        String id,
        String agency,
        String entity,
        String description,
        int trust,
        RowFormat format,
        Charset charset,
        char delimiter,
        FieldMapping mapping,
        Path file,
        ServiceStatuses statuses,
        String personSource) {

    public static final String PERSON = "person";
    public static final String SERVICE = "service";
}
