package id.sinkron.ingest;

import id.sinkron.canonical.MatchKeyRules;
import id.sinkron.canonical.PersonRecords;
import id.sinkron.canonical.SourceTrust;
import id.sinkron.canonical.SurvivorshipConfigs;
import id.sinkron.canonical.SurvivorshipPolicy;
import id.sinkron.service.ServiceRecords;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.SourceProblem;
import id.sinkron.source.SourceReferences;
import id.sinkron.source.Sources;
import id.sinkron.match.BlockingFingerprint;
import id.sinkron.match.ExactNikLinker;
import id.sinkron.match.Linker;
import id.sinkron.match.MatchingConfigs;
import id.sinkron.match.MatchingModel;
import id.sinkron.match.PersonCleaners;
import id.sinkron.match.ProbabilisticLinker;
import id.sinkron.region.Regions;
import id.sinkron.region.VillageResolver;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java pieces of the pipeline. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Validation judges "today" (a NIK born in the future, {@code @PastOrPresent}) by this clock, in the ingest zone. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock, IngestSettings settings) {
        Clock local = clock.withZone(settings.zone());
        return configuration -> configuration.clockProvider(() -> local);
    }

    @Bean
    PersonRecords personRecords(Validator validator, Clock clock, IngestSettings settings, Regions regions, VillageResolver villages) {
        return new PersonRecords(validator, clock, settings.zone(), regions, villages);
    }

    @Bean
    ServiceRecords serviceRecords(Validator validator, IngestSettings settings) {
        return new ServiceRecords(validator, settings.zone());
    }

    @Bean
    SourceTrust sourceTrust(Sources sources) {
        return new SourceTrust() {
            @Override
            public int of(String source) {
                return sources.find(source).map(SourceDefinition::trust).orElse(SourceTrust.DEFAULT);
            }

            @Override
            public int of(String source, String field) {
                return sources.find(source).map(s -> s.trust(field)).orElse(SourceTrust.DEFAULT);
            }
        };
    }

    /**
     * The survivorship rules of {@code sinkron.survivorship.config}. Read here, where the declared sources are known,
     * so a broken or missing file stops start-up with a message naming the setting, the file, the line and the key,
     * as a broken matching model does. A ranking may name a source whose file was refused: that file is the mistake.
     */
    @Bean
    SurvivorshipPolicy survivorshipPolicy(SurvivorshipSettings settings, Sources sources) {
        Set<String> declared = new TreeSet<>();
        Stream.concat(sources.all().stream().map(SourceDefinition::id), sources.problems().stream().map(SourceProblem::source))
                .filter(Objects::nonNull).forEach(declared::add);
        try {
            return SurvivorshipConfigs.read(settings.config(), declared);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            String where = settings.config().toString();
            String message = e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage();
            throw new IllegalStateException("sinkron.survivorship.config=" + message, e);
        }
    }

    /** The sources the survivorship rankings name: a reload of the source files may not remove or rename them. */
    @Bean
    SourceReferences survivorshipRankings(SurvivorshipPolicy policy, SurvivorshipSettings settings) {
        Map<String, String> named = new TreeMap<>();
        policy.rankedSources().forEach(s -> named.put(s, "a ranking of sinkron.survivorship.config=" + settings.config()));
        return () -> named;
    }

    /**
     * The linker chosen by {@code sinkron.match.linker}. The probabilistic model is read here, so a broken
     * {@code config/matching.yml} stops start-up with a message naming the file and the key.
     */
    @Bean
    @ConditionalOnMissingBean
    Linker linker(MatchSettings settings) {
        if (settings.linker() == MatchSettings.LinkerKind.EXACT) {
            return new ExactNikLinker();
        }
        return new ProbabilisticLinker(model(settings));
    }

    /** The rules the linker's keys follow; when the stored keys follow others, they are rebuilt at start-up. */
    @Bean
    MatchKeyRules matchKeyRules(MatchSettings settings) {
        if (settings.linker() == MatchSettings.LinkerKind.EXACT) {
            return MatchKeyRules.NONE;
        }
        return new MatchKeyRules(BlockingFingerprint.of(model(settings).config()));
    }

    private static MatchingModel model(MatchSettings settings) {
        try {
            return new MatchingModel(MatchingConfigs.read(settings.config()), PersonCleaners.cleaners());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            String where = settings.config().toString();
            String message = e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage();
            throw new IllegalStateException("sinkron.match.config=" + message, e);
        }
    }
}
