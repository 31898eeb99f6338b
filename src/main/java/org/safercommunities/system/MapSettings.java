package org.safercommunities.system;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Optional background tiles for maps. By default there are none: maps draw ward boundaries from the database and
 * need no internet. With a tile server ({@code safer.maps.tiles-url}, e.g.
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}, and its attribution) maps draw it under the boundaries and
 * the Content-Security-Policy allows images from its origin.
 */
@ConfigurationProperties("safer.maps")
public record MapSettings(String tilesUrl, String tilesAttribution) {

	public boolean hasTiles() {
		return StringUtils.hasText(tilesUrl);
	}

	/** The scheme, host and port of the tile server, for the policy's img-src, or null without tiles. */
	String tilesOrigin() {
		if (!hasTiles()) {
			return null;
		}
		URI uri = URI.create(tilesUrl.replace("{", "%7B").replace("}", "%7D"));
		if (uri.getScheme() == null || uri.getHost() == null
				|| !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
			throw new IllegalStateException("safer.maps.tiles-url must be an http(s) address: " + tilesUrl);
		}
		return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
	}

}
