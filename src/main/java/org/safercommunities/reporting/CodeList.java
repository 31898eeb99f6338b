package org.safercommunities.reporting;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a short list of codes (never personal data) as one comma-separated column. */
@Converter
class CodeList implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> codes) {
		return codes == null || codes.isEmpty() ? null : String.join(",", codes);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(","));
	}

	static List<String> of(Collection<? extends Enum<?>> values) {
		return values == null ? List.of() : values.stream().map(Enum::name).sorted().collect(Collectors.toList());
	}

}
