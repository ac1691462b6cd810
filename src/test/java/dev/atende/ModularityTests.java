package dev.atende;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The architecture: modules only use each other's published API, and no cycles. */
class ModularityTests {

    // the test-support package is shared by every module's tests; it is not a module
    private final ApplicationModules modules = ApplicationModules.of(AtendeApplication.class,
            resideInAPackage("dev.atende.support.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
