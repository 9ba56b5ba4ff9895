package id.sinkron.canonical.web;

import id.sinkron.canonical.Lineage;
import id.sinkron.canonical.Lineages;
import id.sinkron.canonical.MatchLinks;
import id.sinkron.canonical.MatchLinks.MatchLink;
import id.sinkron.canonical.NameSearchKey;
import id.sinkron.canonical.PersonField;
import id.sinkron.canonical.PersonSearch;
import id.sinkron.canonical.Persons;
import id.sinkron.canonical.Persons.PersonVersion;
import id.sinkron.canonical.Persons.PersonView;
import id.sinkron.normalize.Dates;
import id.sinkron.normalize.Niks;
import id.sinkron.normalize.Regions;
import id.sinkron.security.Disclosure;
import id.sinkron.web.BadRequest;
import id.sinkron.web.NotFound;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Golden persons, their links and history, and the cross-reference export. */
@RestController
@Validated
class PersonsController {

    private final Persons persons;
    private final Lineages lineages;
    private final MatchLinks matchLinks;
    private final PersonSearch search;

    PersonsController(Persons persons, Lineages lineages, MatchLinks matchLinks, PersonSearch search) {
        this.persons = persons;
        this.search = search;
        this.matchLinks = matchLinks;
        this.lineages = lineages;
    }

    @GetMapping("/api/v1/persons/{id}")
    PersonView get(@PathVariable UUID id) {
        return persons.find(id).orElseThrow(() -> new NotFound("no person " + id));
    }

    /**
     * Persons by NIK, name, birth date and village, combined (every one given must hold); see {@link PersonSearch} for
     * how names are compared. A NIK usually finds one person, but real data has duplicates, so this is a list: at most
     * {@code limit}, after {@code offset}. 400 when no criterion is given.
     */
    @GetMapping("/api/v1/persons")
    List<PersonView> search(
            @RequestParam(required = false) String nik,
            @RequestParam(required = false) @Size(max = 200) String name,
            @RequestParam(name = "birth_date", required = false) String birthDate,
            @RequestParam(name = "village_code", required = false) String villageCode,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int offset) {
        String cleanNik = null;
        if (nik != null && !nik.isBlank()) {
            cleanNik = Niks.clean(nik);
            if (cleanNik == null || !cleanNik.matches("\\d{16}")) {
                throw new BadRequest("nik must be 16 digits");
            }
        }
        NameSearchKey nameKey = null;
        if (name != null && !name.isBlank()) {
            nameKey = NameSearchKey.of(name);
            if (nameKey == null) {
                throw new BadRequest("name has no words to search for besides titles");
            }
        }
        if (cleanNik == null && nameKey == null && blank(birthDate) && blank(villageCode)) {
            throw new BadRequest("give at least one of nik, name, birth_date and village_code");
        }
        // the parsers' messages quote the value; a search term is personal data, so they are not passed on
        LocalDate date;
        try {
            date = blank(birthDate) ? null : Dates.parse(birthDate);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("birth_date is not a date; write it like 1987-09-05 or 05-09-1987");
        }
        String village;
        try {
            village = blank(villageCode) ? null : Regions.villageCode(villageCode);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("village_code is not a village code; write it like 33.16.09.1006");
        }
        return search.find(new PersonSearch.Criteria(cleanNik, nameKey, date, village), limit, offset);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The versions of the person; a retired (merged) id answers its survivor's, like {@link #get}. */
    @GetMapping("/api/v1/persons/{id}/versions")
    List<PersonVersion> versions(@PathVariable UUID id) {
        return persons.versions(get(id).id());
    }

    /** Each source record linked to the person, with the rule, score and explanation of its link. */
    @GetMapping("/api/v1/persons/{id}/links")
    List<MatchLink> links(@PathVariable UUID id) {
        return matchLinks.of(get(id).id());
    }

    /**
     * Where the current value of {@code field} came from (source, source record, sync run, when) and every change
     * of its value or supplier across the person's versions.
     */
    @GetMapping("/api/v1/persons/{id}/lineage")
    Lineage lineage(@PathVariable UUID id, @RequestParam @NotBlank String field) {
        PersonField known = PersonField.byWireName(field).orElseThrow(() -> new BadRequest("unknown field '" + field
                + "'; one of " + java.util.Arrays.stream(PersonField.values()).map(PersonField::wireName).toList()));
        return lineages.of(get(id).id(), known).orElseThrow(() -> new NotFound("no person " + id));
    }

    @GetMapping("/api/v1/xref/export")
    ResponseEntity<StreamingResponseBody> exportXref() {
        // decided now: the export is written on another thread, which does not know the caller
        UnaryOperator<String> ids = Disclosure.numbersInText();
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            persons.exportXref(writer, ids);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sinkron-xref.csv\"")
                .body(body);
    }
}
