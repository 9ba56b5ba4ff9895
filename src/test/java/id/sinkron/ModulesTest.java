package id.sinkron;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the module picture of STYLE.md true: no cycles, no reaching into another module's internals. */
class ModulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.sinkron");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules modules = ApplicationModules.of(SinkronApplication.class);

        modules.verify();
        assertThat(modules.stream()).extracting(m -> m.getIdentifier().toString())
                .contains("normalize", "match", "canonical", "feed", "audit", "source", "ingest", "camel", "region");
    }

    @Test
    void theMatchingAndNormalizingCoreIsPlainJava() {
        ArchRuleDefinition.noClasses().that().resideInAnyPackage("id.sinkron.match..", "id.sinkron.normalize..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.camel..", "java.sql..", "javax.sql..")
                .check(MAIN);
    }

    @Test
    void onlyTheGluePackageKnowsCamel() {
        ArchRuleDefinition.noClasses().that().resideOutsideOfPackage("id.sinkron.camel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..")
                .check(MAIN);
    }
}
