package id.sinkron.region;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the shipped region codes once at start-up, keeps the {@code regions} table in step, and serves them from memory. */
@Configuration(proxyBeanMethods = false)
class RegionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RegionConfiguration.class);

    /** Made after Flyway has migrated the schema: the table must exist before it is filled. */
    @Bean
    @DependsOnDatabaseInitialization
    Regions regions(DataSource dataSource) {
        long start = System.nanoTime();
        RegionFile file = RegionFile.shipped();
        Regions regions = Regions.of(file.rows());
        log.info("Read and indexed {} Kemendagri region codes ({} villages) in {} ms", regions.size(),
                regions.all(RegionLevel.VILLAGE).size(), (System.nanoTime() - start) / 1_000_000);
        new RegionTable(dataSource).ensureLoaded(file);
        return regions;
    }

    @Bean
    VillageResolver villageResolver(Regions regions, RegionSettings settings) {
        return new VillageResolver(regions, settings.matchThreshold(), settings.matchMargin());
    }
}
