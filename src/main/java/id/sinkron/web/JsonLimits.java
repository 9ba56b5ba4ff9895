package id.sinkron.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits of JSON request bodies: no API body nests deeper than a few levels or holds a megabyte in one string,
 * so a JSON bomb (thousands of nested arrays, a giant string) is refused as a 400 problem while being parsed,
 * before it costs stack or memory.
 */
@Configuration
class JsonLimits {

    static final int MAX_NESTING = 32;
    static final int MAX_STRING = 1_000_000;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer boundedJsonParsing() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).build()));
    }
}
