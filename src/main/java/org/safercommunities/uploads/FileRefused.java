package org.safercommunities.uploads;

/** An uploaded file that cannot be kept, and why (each module words the reason for its own pages). */
class FileRefused extends Exception {

	private final UploadRefusal reason;

	FileRefused(UploadRefusal reason) {
		super(reason.name(), null, false, false);
		this.reason = reason;
	}

	UploadRefusal reason() {
		return reason;
	}

}
