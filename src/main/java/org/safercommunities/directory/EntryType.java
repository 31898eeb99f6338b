package org.safercommunities.directory;

/** What a directory entry is. The code is the message key suffix and the {@code Signpost} kind. */
enum EntryType {

	REPORTING_CENTRE("reporting-centre"), SUPPORT("support"), SAFE_PLACE("safe-place"), HUB("hub");

	private final String code;

	EntryType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "directory.type." + code;
	}

	/** Types officers add by hand; reporting centres come from the centres module. */
	static final java.util.List<EntryType> MAINTAINED_HERE = java.util.List.of(SUPPORT, SAFE_PLACE, HUB);

}
