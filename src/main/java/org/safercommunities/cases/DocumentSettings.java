package org.safercommunities.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Documents on cases ({@code safer.cases.documents.*}). How pictures and PDFs are made safe is the uploads
 * module's ({@code safer.evidence.*}); the server's multipart limit (spring.servlet.multipart) must stay above this.
 *
 * @param maxMegabytes the largest document accepted: 20 MB, room for a scanned letter of several pages
 */
@ConfigurationProperties("safer.cases.documents")
record DocumentSettings(@DefaultValue("20") int maxMegabytes) {

	long maxBytes() {
		return maxMegabytes * 1024L * 1024L;
	}

}
