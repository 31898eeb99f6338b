package org.safercommunities.uploads;

import java.util.Locale;

/** Why an uploaded file was not accepted. Each module words it on its own pages, with {@link #key()}. */
public enum UploadRefusal {

	/** No file was chosen, or it was empty. */
	NONE,

	/** Larger than the limit the caller gave. */
	TOO_BIG,

	/** Its content (not its name) is not a JPG, PNG or PDF. */
	TYPE,

	/** Damaged, or not what it claims to be, so it cannot be rebuilt. */
	UNREADABLE,

	/** A picture (or PDF page as rendered) larger than {@link UploadSettings#maxImagePixels()}. */
	TOO_MANY_PIXELS,

	/** A PDF longer than {@link UploadSettings#pdfMaxPages()}. */
	TOO_MANY_PAGES,

	/** The malware scanner found something in it. */
	INFECTED;

	/** The end of a message key: {@code too-big}, {@code too-many-pixels}, … */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
