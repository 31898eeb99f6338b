package org.safercommunities.plans;

import java.time.OffsetDateTime;

/** A paper asked for: what it is, who asked, and how far its making has gone. */
record PaperJob(long id, Kind kind, long subjectId, Format format, long requestedBy, OffsetDateTime requestedAt,
		Status status, int progress, int attempts, OffsetDateTime finishedAt, String fileName, String failure) {

	enum Kind {

		/** subjectId is the year the financial year starts in. */
		ANNUAL_REPORT,

		/** subjectId is the board meeting's id. */
		BOARD_PACK

	}

	enum Format {

		PDF("application/pdf", "pdf"),

		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

		final String mediaType;

		final String extension;

		Format(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}

	}

	enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	public boolean finished() {
		return status == Status.DONE || status == Status.FAILED;
	}

}
