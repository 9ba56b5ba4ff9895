package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What RouteViews reads from the shipped route files, parsed by Camel's YAML DSL into a context that is not started. */
class RouteViewsTest {

    private final DefaultCamelContext camel = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        camel.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            rsud-kafka.yaml,      rsud-kafka,      rsud-kafka,     set inside a filter (issue #7)
            disnaker-amqp.yaml,   disnaker-amqp,   disnaker-amqp,  set inside an aggregate (issue #7)
            dinsos-api.yaml,      dinsos-api-pull, dinsos-api,     set among the top-level steps
            dinsos-api.yaml,      dinsos-api-page, ,               not set
            """)
    void findsTheSourceHeaderAlsoInNestedSteps(String file, String route, String source, String where) throws Exception {
        load(file);

        assertThat(RouteViews.sourceHeader(model().getRouteDefinition(route).getOutputs())).as(where).isEqualTo(source);
    }

    @Test
    void aRouteSwitchedOffByAPlaceholderNamesTheProperty() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("sinkron.sources.rsud-kafka.enabled", "false");
        properties.setProperty("sinkron.pulls.simpus-dinkes.enabled", "true");
        camel.getPropertiesComponent().setInitialProperties(properties);
        load("rsud-kafka.yaml");
        load("simpus-dinkes-jdbc.yaml");

        assertThat(RouteViews.autoStarts(camel, model().getRouteDefinition("rsud-kafka"))).isFalse();
        assertThat(RouteViews.disabledBy(camel, "rsud-kafka")).isEqualTo("sinkron.sources.rsud-kafka.enabled");
        assertThat(RouteViews.autoStarts(camel, model().getRouteDefinition("simpus-dinkes-poll"))).isTrue();
        assertThat(RouteViews.disabledBy(camel, "simpus-dinkes-poll")).isNull();
        assertThat(RouteViews.disabledBy(camel, "simpus-dinkes-pull")).isNull();
    }

    @Test
    void aPlaceholderWithADefaultNamesThePropertyWithoutTheDefault() throws Exception {
        load("rsud-kelahiran-jdbc.yaml");

        assertThat(RouteViews.disabledBy(camel, "rsud-kelahiran-poll")).isEqualTo("sinkron.pulls.rsud-kelahiran.enabled");
    }

    private void load(String file) throws Exception {
        Resource resource = PluginHelper.getResourceLoader(camel).resolveResource("file:" + Path.of("routes", file));
        for (var builder : PluginHelper.getRoutesLoader(camel).findRoutesBuilders(List.of(resource))) {
            model().addRouteDefinitions(((RouteBuilder) builder).configureRoutes(camel).getRoutes());
        }
    }

    private ModelCamelContext model() {
        return camel;
    }
}
