package org.safercommunities.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportControllerTests {

	@Test
	void anUploadKeepsOnlyTheFileNameItsBrowserGave() {
		assertThat(ImportController.baseName("C:\\Users\\analyst\\2024-01-metropolitan-street.csv"))
			.isEqualTo("2024-01-metropolitan-street.csv");
		assertThat(ImportController.baseName("../../2024-01-metropolitan-street.csv"))
			.isEqualTo("2024-01-metropolitan-street.csv");
		assertThat(ImportController.baseName("bad\u0000name.csv")).isEqualTo("badname.csv");
		assertThat(ImportController.baseName(null)).isEqualTo("upload.csv");
	}

}
