package org.safercommunities.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One line of the GOV.UK error summary: the message, linking to the field it is about. */
public record ErrorLink(String href, String text) {

	/**
	 * The first message for each field ({@code #reference} gives {@code reference}), for the message shown by the
	 * field itself: the summary and the field then say the same thing.
	 */
	public static Map<String, String> byField(List<ErrorLink> errors) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (ErrorLink error : errors) {
			if (error.href() != null && error.href().startsWith("#")) {
				byField.putIfAbsent(error.href().substring(1), error.text());
			}
		}
		return byField;
	}

}
