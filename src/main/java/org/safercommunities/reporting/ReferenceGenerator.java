package org.safercommunities.reporting;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Human-friendly references and secret phrases. References use Crockford's alphabet (no I, L, O or U), so
 * they survive being read out over the phone: {@code HC-7K3Q-9P}. The secret is four everyday words and a
 * number, easy to write down and hard to guess; only its hash is stored.
 */
@Component
class ReferenceGenerator {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final List<String> WORDS = List.of("apple", "anchor", "autumn", "badge", "bamboo", "basket",
			"beacon", "berry", "blossom", "breeze", "bridge", "brook", "button", "cabin", "candle", "canyon", "carpet",
			"castle", "cedar", "cherry", "cloud", "clover", "comet", "copper", "coral", "cotton", "crystal", "daisy",
			"desert", "dolphin", "dragon", "drum", "eagle", "ember", "falcon", "feather", "fern", "field", "flame",
			"forest", "fountain", "garden", "ginger", "glacier", "harbour", "hazel", "hill", "honey", "island",
			"ivory", "jasmine", "jigsaw", "kettle", "kite", "lantern", "lemon", "library", "lily", "maple", "marble",
			"meadow", "melon", "mirror", "moon", "mountain", "olive", "orange", "orchard", "otter", "panda", "paper",
			"pebble", "pepper", "pillow", "planet", "plum", "pocket", "poppy", "puzzle", "rabbit", "rainbow", "river",
			"robin", "rocket", "saddle", "salmon", "shadow", "shell", "silver", "sparrow", "spring", "star", "stone",
			"sugar", "summer", "sunset", "swan", "thistle", "thunder", "tiger", "timber", "tulip", "valley",
			"velvet", "violet", "walnut", "whistle", "willow", "window", "winter", "yellow", "zebra");

	private final SecureRandom random = new SecureRandom();

	String newReference() {
		return "HC-" + randomChars(4) + "-" + randomChars(2);
	}

	String newSecret() {
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			secret.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
		}
		return secret.append(10 + random.nextInt(90)).toString();
	}

	/** How a typed reference is compared: upper case, no spaces, the usual look-alike letters corrected. */
	static String normaliseReference(String typed) {
		if (typed == null) {
			return "";
		}
		String compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "")
			.replace('O', '0').replace('I', '1').replace('L', '1');
		if (compact.length() != 8 || !compact.startsWith("HC")) {
			return compact;
		}
		return "HC-" + compact.substring(2, 6) + "-" + compact.substring(6);
	}

	/** How a typed secret is compared: lower case words separated by single spaces. */
	static String normaliseSecret(String typed) {
		return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}

	private String randomChars(int count) {
		StringBuilder chars = new StringBuilder();
		for (int i = 0; i < count; i++) {
			chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return chars.toString();
	}

}
