package id.sinkron.source;

import id.sinkron.service.ServiceStatuses;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

/**
 * A declared agency source.
 *
 * @param id stable id used in URLs, runs and cross-references, e.g. {@code dukcapil-blora}
 * @param agency the agency that owns the data
 * @param entity what it holds; {@code person} or {@code service}
 * @param trust 0–100: survivorship prefers values of more trusted sources; the trust of fields not in {@code fieldTrust}
 * @param format how its files or pushes are written when no content type says otherwise
 * @param charset encoding of its files
 * @param delimiter CSV delimiter
 * @param sheet the workbook sheet an XLSX source is read from; null for the first sheet
 * @param mapping native to canonical field names; identity when the source already speaks canonical names
 * @param file the configuration file it was declared in
 * @param fieldTrust trust in some fields that differs from {@code trust}, by canonical field name
 * @param schedule when its route pulls; null when it does not say (pushed sources)
 * @param incremental how it is pulled incrementally (its watermark field); null when every pull reads everything
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
        String sheet,
        FieldMapping mapping,
        Path file,
        Map<String, Integer> fieldTrust,
        Schedule schedule,
        Incremental incremental,
        ServiceStatuses statuses,
        String personSource) {

    public static final String PERSON = "person";
    public static final String SERVICE = "service";

    public SourceDefinition {
        fieldTrust = fieldTrust == null ? Map.of() : Map.copyOf(fieldTrust);
    }

    /** How much survivorship trusts this source's value of {@code field}. */
    public int trust(String field) {
        return fieldTrust.getOrDefault(field, trust);
    }
}
