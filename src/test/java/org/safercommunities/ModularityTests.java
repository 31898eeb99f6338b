package org.safercommunities;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Module boundaries cannot silently rot: no cycles, no reaching into another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SaferCommunitiesApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyFeatureIsItsOwnModule() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("audit", "security", "organisations", "geography", "system", "demo");
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
