package org.safercommunities.centres;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A short list of codes kept in one column, separated by commas (e.g. languages "en,pl,tr"). */
@Converter
class CommaList implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> codes) {
		return codes == null || codes.isEmpty() ? null : String.join(",", codes);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isBlank() ? List.of()
				: Arrays.stream(column.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
	}

}
