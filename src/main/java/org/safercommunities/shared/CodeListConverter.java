package org.safercommunities.shared;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A list of codes (strands, languages, contact methods, ...) kept in one column, separated by commas. An empty
 * list is an empty string, never null, so columns can be {@code not null}; blanks and stray spaces read as nothing,
 * and a null column (rows written before this converter) reads as an empty list.
 */
@Converter
public class CodeListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> codes) {
		return codes == null ? "" : String.join(",", codes);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isBlank() ? List.of()
				: Arrays.stream(column.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
	}

}
