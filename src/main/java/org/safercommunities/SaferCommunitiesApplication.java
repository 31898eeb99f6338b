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
		if (args.length == 1 && args[0].equals("rotate-keyset")) {
			// Reads the current keyset on standard input, prints it with a new primary key added.
			String current = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			System.out.println(org.safercommunities.crypto.FieldEncryption.rotatedKeysetJson(current.strip()));
			return;
		}
		if (args.length >= 1 && args[0].equals("reencrypt")) {
			int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
			withoutServer(context -> {
				var result = context.getBean(org.safercommunities.crypto.KeyRotation.class).reencrypt(batch);
				org.slf4j.LoggerFactory.getLogger(SaferCommunitiesApplication.class).info(
						"Re-encrypted {} values under key {}; {} could not be read with this keyset and were left as they are",
						result.reencrypted(), Integer.toUnsignedString(result.primaryKeyId()), result.unreadable());
			});
			return;
		}
		if (args.length == 1 && args[0].equals("rekey-hashes")) {
			withoutServer(context -> context.getBean(org.safercommunities.crypto.KeyRotation.class).rekeyHashes());
			return;
		}
		SpringApplication.run(SaferCommunitiesApplication.class, args);
	}

	interface Tool {

		void run(org.springframework.context.ConfigurableApplicationContext context) throws Exception;

	}

	/**
	 * Runs a maintenance tool with the same configuration as the application but no web server and no scheduled jobs,
	 * printing its progress (key rotation: {@code reencrypt}, {@code rekey-hashes}).
	 */
	private static void withoutServer(Tool tool) throws Exception {
		try (var context = new org.springframework.boot.builder.SpringApplicationBuilder(SaferCommunitiesApplication.class)
			.web(org.springframework.boot.WebApplicationType.NONE)
			.properties("safer.scheduling.enabled=false", "safer.demo.enabled=false")
			.run()) {
			tool.run(context);
		}
	}

}
