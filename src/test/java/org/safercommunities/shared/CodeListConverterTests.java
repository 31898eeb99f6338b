package org.safercommunities.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeListConverterTests {

	private final CodeListConverter converter = new CodeListConverter();

	@Test
	void codesGoInOneColumnAndComeBackInOrder() {
		assertThat(converter.convertToDatabaseColumn(List.of("RACE", "RELIGION"))).isEqualTo("RACE,RELIGION");
		assertThat(converter.convertToEntityAttribute("RACE,RELIGION")).containsExactly("RACE", "RELIGION");
	}

	@Test
	void anEmptyListIsAnEmptyStringAndNothingReadsAsEmpty() {
		assertThat(converter.convertToDatabaseColumn(List.of())).isEmpty();
		assertThat(converter.convertToDatabaseColumn(null)).isEmpty();
		assertThat(converter.convertToEntityAttribute(null)).isEmpty();
		assertThat(converter.convertToEntityAttribute("  ")).isEmpty();
		assertThat(converter.convertToEntityAttribute(" RACE, ,DISABILITY ")).containsExactly("RACE", "DISABILITY");
	}

}
