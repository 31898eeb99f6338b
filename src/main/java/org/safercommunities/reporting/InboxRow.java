package org.safercommunities.reporting;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;
import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.reporting.ReportCodes.Classification;
import org.safercommunities.reporting.ReportCodes.Status;

/**
 * One line of the staff inbox: a report's plain columns only, read without decrypting anything, so one report
 * whose personal data cannot be decrypted (a wrong key, a damaged value) cannot stop the inbox listing the rest.
 * It also carries the report's encrypted values, untouched, so the inbox can say which reports cannot be read.
 * Read-only: the report itself is changed through {@link Report}.
 */
@Entity
@Immutable
@Table(name = "hate_report")
class InboxRow {

	@Id
	private Long id;

	private String reference;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "centre_organisation_id")
	private Long centreOrganisationId;

	@Column(name = "ward_code")
	private String wardCode;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "hate_report_strand", joinColumns = @JoinColumn(name = "report_id"))
	@Column(name = "strand")
	private Set<String> strands = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	private Classification classification;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "shared_with_police_at")
	private Instant sharedWithPoliceAt;

	// The encrypted columns of Report, as stored (InboxRowTests keeps this list in step with Report).
	@Column(name = "what_happened")
	private String whatHappened;

	@Column(name = "occurred_description")
	private String occurredDescription;

	@Column(name = "location_description")
	private String locationDescription;

	@Column(name = "map_point")
	private String mapPoint;

	@Column(name = "not_reporting_detail")
	private String notReportingDetail;

	@Column(name = "reporter_name")
	private String reporterName;

	@Column(name = "reporter_email")
	private String reporterEmail;

	@Column(name = "reporter_phone")
	private String reporterPhone;

	@Column(name = "contact_times")
	private String contactTimes;

	@Column(name = "nchi_justification")
	private String nchiJustification;

	@Transient
	private boolean readable = true;

	protected InboxRow() {
	}

	/** The stored ciphertexts (nulls left out), for the readability check; never shown. */
	List<String> sealedValues() {
		return Stream.of(whatHappened, occurredDescription, locationDescription, mapPoint, notReportingDetail,
				reporterName, reporterEmail, reporterPhone, contactTimes, nchiJustification)
			.filter(value -> value != null)
			.toList();
	}

	void markUnreadable() {
		this.readable = false;
	}

	/** False when the report's personal data cannot be decrypted: the inbox says so instead of showing it. */
	public boolean isReadable() {
		return readable;
	}

	public Long getId() { return id; }

	public String getReference() { return reference; }

	public Status getStatus() { return status; }

	public Channel getChannel() { return channel; }

	public Long getCentreOrganisationId() { return centreOrganisationId; }

	public String getWardCode() { return wardCode; }

	public Set<String> getStrands() { return Set.copyOf(strands); }

	public Classification getClassification() { return classification; }

	public Instant getSubmittedAt() { return submittedAt; }

}
