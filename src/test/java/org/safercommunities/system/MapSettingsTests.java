package org.safercommunities.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class MapSettingsTests {

	@Test
	void withoutATileServerMapsNeedNoInternetAndImagesStayOnThisSite() {
		MapSettings none = new MapSettings(null, null);
		assertThat(none.hasTiles()).isFalse();
		assertThat(none.tilesOrigin()).isNull();
		assertThat(new ContentSecurityPolicyFilter(none).imageSources()).isEqualTo("'self' data:");
	}

	@Test
	void aTileServerIsAllowedByItsOriginOnly() {
		MapSettings tiles = new MapSettings("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png", "© OpenStreetMap");
		assertThat(tiles.tilesOrigin()).isEqualTo("https://tiles.example.org:8443");
		assertThat(new ContentSecurityPolicyFilter(tiles).imageSources())
			.isEqualTo("'self' data: https://tiles.example.org:8443");
	}

	@Test
	void aTileAddressThatIsNotHttpIsRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> new MapSettings("javascript:alert(1)", null).tilesOrigin());
		assertThatIllegalStateException().isThrownBy(() -> new MapSettings("tiles/{z}/{x}/{y}.png", null).tilesOrigin());
	}

}
