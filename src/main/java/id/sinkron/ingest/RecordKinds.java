package id.sinkron.ingest;

import id.sinkron.canonical.Parsed;
import id.sinkron.canonical.PersonRecords;
import id.sinkron.canonical.PersonWriter;
import id.sinkron.canonical.SourceRecord;
import id.sinkron.canonical.WriteOutcome;
import id.sinkron.feed.NewEvent;
import id.sinkron.service.ParsedService;
import id.sinkron.service.ServiceRecord;
import id.sinkron.service.ServiceRecords;
import id.sinkron.service.ServiceSource;
import id.sinkron.service.ServiceWriter;
import id.sinkron.service.WaitingServices;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Picks the parser and writer for a source's entity: golden persons (which also link the services waiting for
 * them), or service records.
 */
@Component
class RecordKinds {

    private final PersonRecords persons;
    private final PersonWriter personWriter;
    private final ServiceRecords services;
    private final ServiceWriter serviceWriter;
    private final WaitingServices waitingServices;
    private final Sources sources;

    RecordKinds(PersonRecords persons, PersonWriter personWriter, ServiceRecords services, ServiceWriter serviceWriter,
            WaitingServices waitingServices, Sources sources) {
        this.persons = persons;
        this.personWriter = personWriter;
        this.services = services;
        this.serviceWriter = serviceWriter;
        this.waitingServices = waitingServices;
        this.sources = sources;
    }

    RecordKind<?> of(SourceDefinition source) {
        return SourceDefinition.SERVICE.equals(source.entity()) ? service(source) : person(source.id());
    }

    private RecordKind<SourceRecord> person(String source) {
        return new RecordKind<>() {
            @Override
            public Parse<SourceRecord> parse(Map<String, ?> values, Map<String, Object> raw) {
                Parsed parsed = persons.parse(source, values, raw);
                return parsed instanceof Parsed.Accepted ok ? Parse.ok(ok.record(), ok.record().sourceRecordId())
                        : Parse.refused(((Parsed.Rejected) parsed).sourceRecordId(), ((Parsed.Rejected) parsed).reasons());
            }

            /** The persons, then the services that were waiting for them, so agencies hear of the person first. */
            @Override
            public WriteOutcome write(long runId, List<SourceRecord> records) {
                WriteOutcome persons = personWriter.write(runId, source, records);
                List<NewEvent> linked = waitingServices.link(runId, source,
                        records.stream().map(SourceRecord::sourceRecordId).toList(),
                        records.stream().map(r -> r.person().nik()).filter(Objects::nonNull).distinct().toList());
                if (linked.isEmpty()) {
                    return persons;
                }
                List<NewEvent> events = new ArrayList<>(persons.events());
                events.addAll(linked);
                return persons.withEvents(events);
            }
        };
    }

    private RecordKind<ServiceRecord> service(SourceDefinition definition) {
        ServiceSource source = new ServiceSource(definition.id(), definition.agency(), definition.statuses(), definition.personSource(),
                sources.personSourcesOf(definition.agency()));
        return new RecordKind<>() {
            @Override
            public Parse<ServiceRecord> parse(Map<String, ?> values, Map<String, Object> raw) {
                ParsedService parsed = services.parse(source, values, raw);
                return parsed instanceof ParsedService.Accepted ok ? Parse.ok(ok.record(), ok.record().sourceRecordId())
                        : Parse.refused(((ParsedService.Rejected) parsed).sourceRecordId(), ((ParsedService.Rejected) parsed).reasons());
            }

            @Override
            public WriteOutcome write(long runId, List<ServiceRecord> records) {
                return serviceWriter.write(runId, source, records);
            }
        };
    }
}
