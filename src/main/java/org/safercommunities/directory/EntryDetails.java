package org.safercommunities.directory;

import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The public details of an entry: what an officer edits, what an owner may propose, and what the history
 * compares. Lists hold codes (ISO 639-1 languages, strand codes, {@link AccessFeature}, {@link SupportCategory}).
 */
record EntryDetails(String name, String summary, String address, String postcode, String wardCode, Double latitude,
		Double longitude, String phone, String email, String website, String openingHours, List<String> languages,
		String accessibility, List<String> accessFeatures, List<String> strands, List<String> categories,
		LocalDate staffTrainedOn, DayOfWeek hubWeekday, LocalTime hubStarts, LocalTime hubEnds, LocalDate popUpOn)
		implements Serializable {

	EntryDetails {
		languages = copy(languages);
		accessFeatures = copy(accessFeatures);
		strands = copy(strands);
		categories = copy(categories);
	}

	/** Each public field whose value differs, in the order of the record. */
	List<Difference> differencesTo(EntryDetails after) {
		List<Difference> differences = new ArrayList<>();
		for (RecordComponent component : EntryDetails.class.getRecordComponents()) {
			Object before = valueOf(component, this);
			Object now = valueOf(component, after);
			if (!Objects.equals(before, now)) {
				differences.add(new Difference(component.getName(), text(before), text(now)));
			}
		}
		return differences;
	}

	private static Object valueOf(RecordComponent component, EntryDetails details) {
		try {
			Object value = component.getAccessor().invoke(details);
			return value instanceof String text && text.isBlank() ? null : value;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof Collection<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
				: String.valueOf(value);
	}

	private static List<String> copy(List<String> codes) {
		return codes == null ? List.of() : codes.stream().filter(Objects::nonNull).map(String::strip)
			.filter(code -> !code.isEmpty()).distinct().toList();
	}

	/** One changed field: its name (the message key suffix directory-staff.field.NAME) and its values as text. */
	record Difference(String field, String before, String after) implements Serializable {

		String describe() {
			return field + ": \u201c" + before + "\u201d \u2192 \u201c" + after + "\u201d";
		}

	}

}
