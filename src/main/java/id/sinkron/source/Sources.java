package id.sinkron.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.sinkron.canonical.PersonRecords;
import id.sinkron.canonical.SourceTrust;
import id.sinkron.service.ServiceRecords;
import id.sinkron.service.ServiceStatuses;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path.Node;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The declared sources, read from {@code config/sources/*.yml} at start-up and again by {@link #reload}. A file
 * with a mistake is refused with messages naming the file, line and field, and the other sources still load; a
 * refused file is listed by {@link #problems()}. A source refused at start-up cannot be ingested until its file is
 * fixed and reloaded; a source whose changed file is refused by a reload keeps its previous declaration.
 */
@Component
public class Sources {

    private static final Logger log = LoggerFactory.getLogger(Sources.class);
    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a key written twice (two values for code "1") is a mistake, not "the last one wins"
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final List<String> TRUSTED_FIELDS = PersonRecords.INPUT_FIELDS.stream()
            .filter(f -> !f.equals(PersonRecords.SOURCE_RECORD_ID) && !f.equals(PersonRecords.UPDATED_AT)).sorted().toList();

    private final Path dir;
    private final Validator validator;
    /** Replaced whole by a reload; whoever read it before (a run that started) keeps what it read. */
    private volatile SourceSnapshot snapshot;

    public Sources(SourceSettings settings, Validator validator) {
        this.dir = settings.dir();
        this.validator = validator;
        SourceLoad.Result loaded = load(Map.of());
        loaded.report().forEach(r -> log(r, "declared"));
        this.snapshot = loaded.snapshot();
    }

    /**
     * Reads the source files again and applies what is valid, checked as at start-up. A changed or new file with a
     * mistake is refused with its errors, listed by {@link #problems()}, while the declaration it had keeps working.
     * Runs already started keep the declaration they started with.
     *
     * @param namedElsewhere ids that configuration read at start-up names, with where: their files may not remove
     *     or rename them (the change is refused), since the next start would then fail
     * @return what happened to each file, in file order
     */
    public synchronized List<SourceReload> reload(Map<String, String> namedElsewhere) {
        SourceLoad.Result loaded = load(namedElsewhere);
        loaded.report().stream().filter(r -> r.outcome() != SourceReload.Outcome.UNCHANGED).forEach(r -> log(r, "reloaded"));
        this.snapshot = loaded.snapshot();
        return loaded.report();
    }

    private SourceLoad.Result load(Map<String, String> namedElsewhere) {
        Map<Path, String> digests = new TreeMap<>();
        for (Path file : files(dir)) {
            digests.put(file, digest(file));
        }
        return SourceLoad.apply(snapshot == null ? SourceSnapshot.EMPTY : snapshot, digests, namedElsewhere,
                (file, errors) -> read(file, validator, errors));
    }

    private static void log(SourceReload report, String what) {
        switch (report.outcome()) {
            case REFUSED -> report.errors().forEach(e -> log.error("Source file {} refused: {}", report.file(), e));
            case REMOVED -> log.info("Source '{}' removed: {} no longer declares it", report.source(), report.file());
            default -> log.info("Source '{}' {} in {}", report.source(), what, report.file());
        }
    }

    public Optional<SourceDefinition> find(String id) {
        return Optional.ofNullable(snapshot.sources().get(id));
    }

    /** The declared source; {@link UnknownSource} (saying why, when its file was refused) otherwise. */
    public SourceDefinition require(String id) {
        SourceSnapshot now = snapshot;
        return Optional.ofNullable(now.sources().get(id)).orElseThrow(() -> now.problems().stream().filter(p -> id.equals(p.source()))
                .findFirst().map(p -> new UnknownSource(id, p)).orElseGet(() -> new UnknownSource(id)));
    }

    public Collection<SourceDefinition> all() {
        return new TreeMap<>(snapshot.sources()).values();
    }

    /**
     * Files that were refused, with every error in each: at start-up, or by a reload (the source such a file
     * declared before, if any, is still in force and found by {@link #find}).
     */
    public List<SourceProblem> problems() {
        return snapshot.problems();
    }

    /** The ids of the declared person sources of {@code agency}: the sources its service rows may name as {@code person_source}. */
    public Set<String> personSourcesOf(String agency) {
        return ServiceDeclarations.personSourcesOf(snapshot.sources().values(), agency);
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return "unreadable: " + e.getMessage(); // read() refuses it, saying why
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            log.warn("Source directory {} does not exist: no sources are declared", dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list source directory " + dir, e);
        }
    }

    /** A file as read: the source when it has no mistake, and its id when that much could be read. */
    record Read(SourceDefinition source, String id) {}

    static Read read(Path file, Validator validator, List<String> errors) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add("cannot be read: " + e.getMessage());
            return new Read(null, null);
        }
        YamlLines lines = YamlLines.of(text);
        SourceFile declared;
        try {
            declared = YAML.readValue(text, SourceFile.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            if (e instanceof UnrecognizedPropertyException u) {
                // the parser has moved past the key by then (to the next line for a flow map): the key's own line
                where = lines.at(u.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())).toList());
            }
            String key = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m) + ": " : "";
            errors.add(where + key + MappingReader.describe(e));
            return new Read(null, declaredId(text));
        }
        if (declared == null) {
            errors.add("is empty");
            return new Read(null, null);
        }
        for (ConstraintViolation<SourceFile> v : validator.validate(declared)) {
            List<String> path = new ArrayList<>();
            for (Node node : v.getPropertyPath()) {
                if (node.getKey() != null) {
                    path.add(String.valueOf(node.getKey()));
                } else if (node.getName() != null && !node.getName().startsWith("<")) {
                    path.add(yamlKey(node.getName()));
                }
            }
            if (path.equals(List.of("trust", "default")) && lines.line("trust", "default") == 0) {
                path = List.of("trust"); // written as one number, trust: 150
            }
            errors.add(lines.at(path) + String.join(".", path) + ": " + v.getMessage());
        }
        FieldMapping mapping = new MappingReader(YAML, lines, errors, declared.entity()).read(declared.mapping());
        if (declared.trust() != null) {
            declared.trust().fields().keySet().stream().filter(f -> !TRUSTED_FIELDS.contains(f)).forEach(f -> errors.add(
                    lines.at("trust", "fields", f) + "trust.fields." + f + ": " + MappingReader.unknownField(f, TRUSTED_FIELDS)));
        }
        Schedule schedule = null;
        if (declared.schedule() != null) {
            try {
                schedule = Schedule.parse(declared.schedule());
            } catch (IllegalArgumentException e) {
                errors.add(lines.at("schedule") + "schedule: " + e.getMessage());
            }
        }
        Charset charset = StandardCharsets.UTF_8;
        if (declared.charset() != null) {
            try {
                charset = Charset.forName(declared.charset());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                errors.add(lines.at("charset") + "charset: unknown character set '" + declared.charset() + "'");
            }
        }
        ServiceStatuses statuses = ServiceDeclarations.statuses(declared, lines, errors);
        if (!errors.isEmpty()) {
            return new Read(null, declared.id());
        }
        RowFormat format = declared.format() == null ? RowFormat.CSV : RowFormat.valueOf(declared.format().toUpperCase(Locale.ROOT));
        char delimiter = declared.delimiter() == null ? ',' : declared.delimiter().charAt(0);
        TrustDeclaration trust = declared.trust() == null ? TrustDeclaration.of(SourceTrust.DEFAULT) : declared.trust();
        int defaultTrust = trust.defaultTrust() == null ? SourceTrust.DEFAULT : trust.defaultTrust();
        return new Read(new SourceDefinition(declared.id(), declared.agency(), declared.entity(), declared.description(),
                defaultTrust, format, charset, delimiter, declared.sheet(), mapping, file, trust.fields(), schedule, declared.incremental(), statuses,
                declared.personSource()), declared.id());
    }

    private static String path(JsonMappingException e) {
        List<String> path = new ArrayList<>();
        e.getPath().forEach(r -> path.add(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())));
        return String.join(".", path);
    }

    /** Record component names as they are written in YAML ({@code defaultTrust} is {@code default}). */
    private static String yamlKey(String component) {
        return component.equals("defaultTrust") ? "default" : component;
    }

    /** The id of a file Jackson could not read, so the problem still says which source is refused. */
    private static String declaredId(String text) {
        try {
            return YAML.readTree(text).path("id").textValue();
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
