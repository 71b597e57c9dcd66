package vn.thidua.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import vn.thidua.ThiDuaApplication;

/** Module boundaries (package = module, API at the root, no cycles, only allowed dependencies). */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ThiDuaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void documentTheModules() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
