package org.safercommunities.reporting;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;

import org.junit.jupiter.api.Test;
import org.safercommunities.crypto.EncryptedText;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox checks every encrypted column of a report, so a new one cannot be forgotten by the readability check. */
class InboxRowTests {

	@Test
	void theInboxRowChecksEveryEncryptedColumnOfTheReport() throws Exception {
		List<String> encrypted = Arrays.stream(Report.class.getDeclaredFields())
			.filter(field -> field.isAnnotationPresent(Convert.class)
					&& field.getAnnotation(Convert.class).converter() == EncryptedText.class)
			.map(field -> field.getAnnotation(Column.class).name())
			.toList();
		assertThat(encrypted).hasSizeGreaterThan(5);

		InboxRow row = new InboxRow();
		for (Field field : InboxRow.class.getDeclaredFields()) {
			Column column = field.getAnnotation(Column.class);
			if (column != null && encrypted.contains(column.name())) {
				field.setAccessible(true);
				field.set(row, "sealed:" + column.name());
			}
		}

		assertThat(row.sealedValues()).containsExactlyInAnyOrderElementsOf(
				encrypted.stream().map(name -> "sealed:" + name).toList());
	}

}
