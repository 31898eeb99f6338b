package org.safercommunities.directory;

/** Accessibility features people can filter on; free-text notes say the rest. */
enum AccessFeature {

	STEP_FREE, ACCESSIBLE_TOILET, HEARING_LOOP, BSL, QUIET_SPACE;

	static java.util.List<String> codes() {
		return java.util.Arrays.stream(values()).map(Enum::name).toList();
	}

}
