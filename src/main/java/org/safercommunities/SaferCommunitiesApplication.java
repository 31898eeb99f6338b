package org.safercommunities;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Safer Communities: one deployable application, split into feature modules (one top-level package each).
 * {@code shared} is the tiny shared kernel every module may use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class SaferCommunitiesApplication {

	public static void main(String[] args) throws Exception {
		if (args.length == 1 && args[0].equals("new-keyset")) {
			// Prints a fresh encryption keyset for SAFER_CRYPTO_KEYSET, without starting the application.
			System.out.println(org.safercommunities.crypto.FieldEncryption.newKeysetJson());
			return;
		}
		SpringApplication.run(SaferCommunitiesApplication.class, args);
	}

}
