package org.safercommunities.uploads;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How uploaded files are made safe: the largest picture decoded (in pixels, read from the file's header first),
 * how PDFs are rebuilt from page images, the optional ClamAV daemon that scans every file, and how often files held
 * while it was away are tried again. Still read from {@code safer.evidence}, the name these settings had when only
 * reports took files, so existing deployments keep their clamd address.
 */
@ConfigurationProperties("safer.evidence")
public record UploadSettings(@DefaultValue("40000000") long maxImagePixels, @DefaultValue("150") int pdfDpi,
		@DefaultValue("30") int pdfMaxPages, @DefaultValue Clamd clamd, @DefaultValue("PT5M") Duration rescanInterval) {

	/** The megapixels a person is told about when a picture or PDF page is too large. */
	public long maxMegapixels() {
		return Math.max(1, maxImagePixels / 1_000_000);
	}

	/**
	 * Where clamd listens: a TCP {@code host} and {@code port}, or a unix {@code socket} path (which wins). With
	 * neither, files are kept as "not yet scanned" until a daemon is configured.
	 */
	public record Clamd(String host, @DefaultValue("3310") int port, String socket,
			@DefaultValue("30s") Duration timeout) {

		public boolean configured() {
			return StringUtils.hasText(host) || StringUtils.hasText(socket);
		}

		Path socketPath() {
			return StringUtils.hasText(socket) ? Path.of(socket) : null;
		}

	}

}
