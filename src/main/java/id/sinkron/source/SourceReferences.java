package id.sinkron.source;

import java.util.Map;

/**
 * Configuration read at start-up only that names declared sources (the survivorship rankings): a reload of the
 * source files may not remove or rename those, since the next start would refuse that configuration.
 */
public interface SourceReferences {

    /** The source ids named, each with where it is named ({@code sinkron.survivorship.config=config/survivorship.yml}). */
    Map<String, String> named();
}
