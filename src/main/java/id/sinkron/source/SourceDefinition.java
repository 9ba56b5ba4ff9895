package id.sinkron.source;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A declared agency source.
 *
 * @param id stable id used in URLs, runs and cross-references, e.g. {@code dukcapil-blora}
 * @param agency the agency that owns the data
 * @param entity what it holds; {@code person} for now
 * @param trust 0–100: survivorship prefers values of more trusted sources
 * @param format how its files or pushes are written when no content type says otherwise
 * @param charset encoding of its files
 * @param delimiter CSV delimiter
 * @param sheet the workbook sheet an XLSX source is read from; null for the first sheet
 * @param mapping native to canonical field names; identity when the source already speaks canonical names
 * @param file the configuration file it was declared in
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
        Path file) {}
