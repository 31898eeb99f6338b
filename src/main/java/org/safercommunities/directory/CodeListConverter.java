package org.safercommunities.directory;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A short list of codes (never personal data) in one comma-separated column, empty for none. */
@Converter
class CodeListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> codes) {
		return codes == null ? "" : String.join(",", codes);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isBlank() ? List.of() : List.copyOf(Arrays.asList(column.split(",")));
	}

}
