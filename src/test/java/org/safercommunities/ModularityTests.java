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
			.containsExactlyInAnyOrder("audit", "cases", "centres", "crypto", "demo", "directory", "geography", "imports",
					"notifications", "organisations", "people", "performance", "reporting", "security", "shared", "system",
					"uploads", "referrals", "marac", "casereview", "engagement", "enforcement", "feedback", "plans", "retention");
	}

	/**
	 * Every module says which others it may use (package-info.java), so a new dependency is a decision, not an
	 * accident: {@link #modulesRespectTheirBoundaries} then fails for one not declared.
	 */
	@Test
	void everyModuleDeclaresItsAllowedDependencies() {
		assertThat(modules.stream().filter(module -> !declares(module.getBasePackage().getName()))
			.map(module -> module.getIdentifier().toString())).as("modules without @ApplicationModule").isEmpty();
	}

	private static boolean declares(String packageName) {
		try {
			return Class.forName(packageName + ".package-info")
				.isAnnotationPresent(org.springframework.modulith.ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
