package org.safercommunities.uploads;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;

/** The name an uploaded file is kept and shown under. */
public final class FileNames {

	private static final int MAX_NAME = 120;

	private static final Pattern UNSAFE_IN_NAMES = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}\"<>]");

	private FileNames() {
	}

	/**
	 * Only the last part of the name, at most 120 characters, without control characters (NUL included) or
	 * invisible format characters: a right-to-left override would show {@code photo\u202Egpj.exe} as
	 * "photoexe.jpg". Unassigned, private-use and lone surrogate code points go too.
	 */
	public static String safe(String original) {
		String name = StringUtils.hasText(original) ? Normalizer.normalize(original, Normalizer.Form.NFC) : "";
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = UNSAFE_IN_NAMES.matcher(name).replaceAll("");
		name = name.replaceAll("\\s+", " ").strip();
		if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
			return "file";
		}
		int length = name.codePointCount(0, name.length());
		return length > MAX_NAME ? name.substring(name.offsetByCodePoints(0, length - MAX_NAME)) : name;
	}

}
