package com.consortiumexplorer;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featurePackagesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        ApplicationModules.of(ConsortiumExplorerApplication.class).verify();
    }
}
