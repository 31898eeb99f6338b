package org.safercommunities.centres;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.safercommunities.shared.CodeListConverter;

/**
 * A Hate Crime Reporting Centre: the host organisation's centre record, keyed by the organisation's id. Holds
 * its public details, its Hate Crime Lead and safeguarding arrangements (seed 003 Appendix 3), its staff's
 * training and its status with history.
 */
@Entity
@Table(name = "reporting_centre")
class Centre {

	@Id
	@Column(name = "organisation_id")
	private Long organisationId;

	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CentreStatus status = CentreStatus.APPLICANT;

	private String address;

	private String postcode;

	@Column(name = "ward_code")
	private String wardCode;

	@Column(name = "opening_times")
	private String openingTimes;

	@Convert(converter = CodeListConverter.class)
	private List<String> languages = new ArrayList<>();

	private String accessibility;

	@Column(name = "online_reporting", nullable = false)
	private boolean onlineReporting;

	@Column(name = "paper_forms", nullable = false)
	private boolean paperForms;

	private String phone;

	private String email;

	@Convert(converter = CodeListConverter.class)
	private List<String> strands = new ArrayList<>();

	@Column(name = "lead_name")
	private String leadName;

	@Column(name = "lead_email")
	private String leadEmail;

	@Column(name = "safeguarding_policy", nullable = false)
	private boolean safeguardingPolicy;

	@Column(name = "safeguarding_review_date")
	private LocalDate safeguardingReviewDate;

	@Column(name = "safeguarding_lead_name")
	private String safeguardingLeadName;

	@Column(name = "active_since")
	private LocalDate activeSince;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "organisation_id", nullable = false)
	@OrderBy("completedOn desc, id desc")
	private List<CentreTraining> training = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id", nullable = false)
	@OrderBy("changedAt desc, id desc")
	private List<CentreStatusChange> history = new ArrayList<>();

	protected Centre() {
	}

	Centre(long organisationId, String reason, Instant createdAt, String createdBy) {
		this.organisationId = organisationId;
		this.createdAt = createdAt;
		history.add(new CentreStatusChange(null, CentreStatus.APPLICANT, reason, createdAt, createdBy));
	}

	void describe(CentreDetails details) {
		address = details.address();
		postcode = details.postcode();
		wardCode = details.wardCode();
		openingTimes = details.openingTimes();
		languages = new ArrayList<>(details.languages());
		accessibility = details.accessibility();
		onlineReporting = details.onlineReporting();
		paperForms = details.paperForms();
		phone = details.phone();
		email = details.email();
		strands = new ArrayList<>(details.strands());
	}

	void assign(CentreResponsibilities responsibilities) {
		leadName = responsibilities.leadName();
		leadEmail = responsibilities.leadEmail();
		safeguardingPolicy = responsibilities.safeguardingPolicy();
		safeguardingReviewDate = responsibilities.safeguardingReviewDate();
		safeguardingLeadName = responsibilities.safeguardingLeadName();
	}

	CentreTraining addTraining(CompletedTraining completed) {
		CentreTraining record = new CentreTraining(completed);
		training.add(record);
		training.sort(Comparator.comparing(CentreTraining::getCompletedOn).reversed());
		return record;
	}

	/** Removes a training record; the date it was completed on, if the centre had it. */
	java.util.Optional<LocalDate> removeTraining(long trainingId) {
		java.util.Optional<CentreTraining> found = training.stream()
			.filter(record -> record.getId() != null && record.getId() == trainingId)
			.findFirst();
		found.ifPresent(training::remove);
		return found.map(CentreTraining::getCompletedOn);
	}

	void changeStatus(CentreStatus to, String reason, Instant at, String by, LocalDate today) {
		history.add(0, new CentreStatusChange(status, to, reason, at, by));
		if (to == CentreStatus.ACTIVE) {
			activeSince = today;
		}
		status = to;
	}

	/** When the centre became active, if not today (start-up data). */
	void activeSince(LocalDate day) {
		activeSince = day;
	}

	Optional<LocalDate> latestTraining() {
		return training.stream().map(CentreTraining::getCompletedOn).max(Comparator.naturalOrder());
	}

	Eligibility.Facts eligibilityFacts() {
		return new Eligibility.Facts(latestTraining().orElse(null), leadName, leadEmail, safeguardingPolicy,
				safeguardingReviewDate, safeguardingLeadName);
	}

	CentreDetails details() {
		return new CentreDetails(address, postcode, wardCode, openingTimes, languages, accessibility, onlineReporting,
				paperForms, phone, email, strands);
	}

	CentreResponsibilities responsibilities() {
		return new CentreResponsibilities(leadName, leadEmail, safeguardingPolicy, safeguardingReviewDate,
				safeguardingLeadName);
	}

	/**
	 * Whether the centre was active on some day from {@code from} to {@code to}: it became active by the end and is
	 * still active, or left active status on or after the start.
	 */
	boolean activeDuring(LocalDate from, LocalDate to) {
		if (activeSince == null || activeSince.isAfter(to)) {
			return false;
		}
		return isActive() || history.stream()
			.filter(change -> change.getFromStatus() == CentreStatus.ACTIVE)
			.anyMatch(change -> !change.getChangedAt().atZone(org.safercommunities.shared.UkTime.ZONE).toLocalDate().isBefore(from));
	}

	boolean isActive() {
		return status == CentreStatus.ACTIVE;
	}

	public Long getOrganisationId() { return organisationId; }
	public CentreStatus getStatus() { return status; }
	public String getAddress() { return address; }
	public String getPostcode() { return postcode; }
	public String getWardCode() { return wardCode; }
	public String getOpeningTimes() { return openingTimes; }
	public List<String> getLanguages() { return List.copyOf(languages); }
	public String getAccessibility() { return accessibility; }
	public boolean isOnlineReporting() { return onlineReporting; }
	public boolean isPaperForms() { return paperForms; }
	public String getPhone() { return phone; }
	public String getEmail() { return email; }
	public List<String> getStrands() { return List.copyOf(strands); }
	public String getLeadName() { return leadName; }
	public String getLeadEmail() { return leadEmail; }
	public boolean isSafeguardingPolicy() { return safeguardingPolicy; }
	public LocalDate getSafeguardingReviewDate() { return safeguardingReviewDate; }
	public String getSafeguardingLeadName() { return safeguardingLeadName; }
	public LocalDate getActiveSince() { return activeSince; }
	public List<CentreTraining> getTraining() { return List.copyOf(training); }
	public List<CentreStatusChange> getHistory() { return List.copyOf(history); }

}
