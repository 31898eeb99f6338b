package org.safercommunities.geography;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WardBoundaryLoaderIntegrationTests {

	@Autowired
	Wards wards;

	@Test
	void theBoroughsWardsAreLoadedFromTheBoundaryFileOnce() {
		assertThat(wards.all()).hasSize(24);
		assertThat(wards.find("E05013630")).get()
			.satisfies(ward -> {
				assertThat(ward.getName()).isEqualTo("Burnt Oak");
				assertThat(ward.getBoroughName()).isEqualTo("Barnet");
			});
		assertThat(wards.all()).extracting(Ward::getName).startsWith("Barnet Vale", "Brunswick Park");
	}

}
