package org.safercommunities.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.safercommunities.shared.CodeListConverter;
import org.safercommunities.crypto.EncryptedText;
import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.reporting.ReportCodes.Classification;
import org.safercommunities.reporting.ReportCodes.Status;
import org.safercommunities.reporting.ReportCodes.SupportFeedback;

/**
 * A hate crime or hate incident report (DESIGN section 3). Personal and special-category free text is
 * encrypted at rest; an anonymous report has no identity fields at all. Consent decisions are kept as events
 * with the wording shown at the time.
 */
@Entity
@Table(name = "hate_report")
public class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String reference;

	@Column(name = "secret_hash", nullable = false)
	private String secretHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.RECEIVED;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel;

	@Column(name = "centre_organisation_id")
	private Long centreOrganisationId;

	@Column(name = "taken_by_user_id")
	private Long takenByUserId;

	@Column(name = "reporter_role", nullable = false)
	private String reporterRole;

	@Column(nullable = false)
	private boolean emergency;

	@Column(name = "emergency_call_made")
	private Boolean emergencyCallMade;

	@Column(name = "emergency_called_at")
	private Instant emergencyCalledAt;

	@Column(name = "police_informed_by_phone_at")
	private Instant policeInformedByPhoneAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "hate_report_incident_type", joinColumns = @JoinColumn(name = "report_id"))
	@Column(name = "incident_type", nullable = false)
	private Set<String> incidentTypes = new LinkedHashSet<>();

	@Convert(converter = EncryptedText.class)
	@Column(name = "what_happened", nullable = false)
	private String whatHappened;

	@Column(name = "when_kind", nullable = false)
	private String whenKind;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	@Convert(converter = EncryptedText.class)
	@Column(name = "occurred_description")
	private String occurredDescription;

	@Convert(converter = EncryptedText.class)
	@Column(name = "location_description")
	private String locationDescription;

	@Column(name = "ward_code")
	private String wardCode;

	@Convert(converter = EncryptedText.class)
	@Column(name = "map_point")
	private String mapPoint;

	@Column(name = "happened_before", nullable = false)
	private String happenedBefore;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "hate_report_strand", joinColumns = @JoinColumn(name = "report_id"))
	@Column(name = "strand", nullable = false)
	private Set<String> strands = new LinkedHashSet<>();

	@Convert(converter = CodeListConverter.class)
	@Column(name = "strand_subtypes")
	private List<String> strandSubtypes = new ArrayList<>();

	@Column(name = "strand_not_sure", nullable = false)
	private boolean strandNotSure;

	@Column(name = "police_consent", nullable = false)
	private boolean policeConsent;

	@Column(name = "identity_to_police", nullable = false)
	private boolean identityToPolice;

	@Convert(converter = CodeListConverter.class)
	@Column(name = "not_reporting_reasons")
	private List<String> notReportingReasons = new ArrayList<>();

	@Convert(converter = EncryptedText.class)
	@Column(name = "not_reporting_detail")
	private String notReportingDetail;

	@Convert(converter = CodeListConverter.class)
	@Column(name = "signposting_shown")
	private List<String> signpostingShown = new ArrayList<>();

	@Column(nullable = false)
	private boolean anonymous;

	@Convert(converter = EncryptedText.class)
	@Column(name = "reporter_name")
	private String reporterName;

	@Convert(converter = EncryptedText.class)
	@Column(name = "reporter_email")
	private String reporterEmail;

	@Convert(converter = EncryptedText.class)
	@Column(name = "reporter_phone")
	private String reporterPhone;

	@Column(name = "safe_to_contact")
	private Boolean safeToContact;

	@Convert(converter = CodeListConverter.class)
	@Column(name = "contact_methods")
	private List<String> contactMethods = new ArrayList<>();

	@Convert(converter = EncryptedText.class)
	@Column(name = "contact_times")
	private String contactTimes;

	@Column(name = "support_wanted", nullable = false)
	private boolean supportWanted;

	@Convert(converter = CodeListConverter.class)
	@Column(name = "support_kinds")
	private List<String> supportKinds = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private Classification classification;

	@Column(name = "nchi_keep_personal_data")
	private Boolean nchiKeepPersonalData;

	@Convert(converter = EncryptedText.class)
	@Column(name = "nchi_justification")
	private String nchiJustification;

	@Column(name = "duplicate_of_id")
	private Long duplicateOfId;

	@Column(name = "duplicate_reason")
	private String duplicateReason;

	@Column(name = "shared_with_police_at")
	private Instant sharedWithPoliceAt;

	@Column(name = "police_reference")
	private String policeReference;

	@Column(name = "anonymised_at")
	private Instant anonymisedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "support_feedback")
	private SupportFeedback supportFeedback;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "report_id", nullable = false)
	@OrderBy("recordedAt, id")
	private List<ConsentEvent> consentEvents = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "report_id", nullable = false)
	@OrderBy("addedAt, id")
	private List<ReportUpdate> updates = new ArrayList<>();

	protected Report() {
	}

	Report(String reference, String secretHash, Channel channel, Instant submittedAt) {
		this.reference = reference;
		this.secretHash = secretHash;
		this.channel = channel;
		this.submittedAt = submittedAt;
	}

	// --- What the reporter told us (set once, at submission) ---

	void takenBy(Long centreOrganisationId, Long takenByUserId) {
		this.centreOrganisationId = centreOrganisationId;
		this.takenByUserId = takenByUserId;
	}

	void describe(String reporterRole, List<String> incidentTypes, String whatHappened, String whenKind,
			LocalDate occurredOn, String occurredDescription, String locationDescription, String wardCode,
			String happenedBefore) {
		this.reporterRole = reporterRole;
		this.incidentTypes = new LinkedHashSet<>(incidentTypes);
		this.whatHappened = whatHappened;
		this.whenKind = whenKind;
		this.occurredOn = occurredOn;
		this.occurredDescription = occurredDescription;
		this.locationDescription = locationDescription;
		this.wardCode = wardCode;
		this.happenedBefore = happenedBefore;
	}

	void mapPoint(String point) {
		this.mapPoint = point;
	}

	void perceivedHostility(List<String> strands, List<String> subtypes, boolean notSure) {
		this.strands = new LinkedHashSet<>(strands);
		this.strandSubtypes = new ArrayList<>(subtypes);
		this.strandNotSure = notSure;
	}

	void emergency(boolean emergency, Boolean callMade, Instant calledAt) {
		this.emergency = emergency;
		this.emergencyCallMade = callMade;
		this.emergencyCalledAt = calledAt;
	}

	void policeInformedByPhone(Instant when) {
		this.policeInformedByPhoneAt = when;
	}

	void consent(boolean policeConsent, boolean identityToPolice, List<String> notReportingReasons,
			String notReportingDetail, List<String> signpostingShown) {
		this.policeConsent = policeConsent;
		this.identityToPolice = identityToPolice && !anonymous;
		this.notReportingReasons = new ArrayList<>(notReportingReasons);
		this.notReportingDetail = notReportingDetail;
		this.signpostingShown = new ArrayList<>(signpostingShown);
	}

	/** Identity is all or nothing: an anonymous report keeps no name, address, number or contact preference. */
	void reporter(boolean anonymous, String name, String email, String phone, Boolean safeToContact,
			List<String> contactMethods, String contactTimes) {
		this.anonymous = anonymous;
		this.reporterName = anonymous ? null : name;
		this.reporterEmail = anonymous ? null : email;
		this.reporterPhone = anonymous ? null : phone;
		this.safeToContact = anonymous ? null : safeToContact;
		this.contactMethods = anonymous ? new ArrayList<>() : new ArrayList<>(contactMethods);
		this.contactTimes = anonymous ? null : contactTimes;
		if (anonymous) {
			this.identityToPolice = false;
		}
	}

	void support(boolean wanted, List<String> kinds) {
		this.supportWanted = wanted;
		this.supportKinds = wanted ? new ArrayList<>(kinds) : new ArrayList<>();
	}

	void addConsentEvent(ConsentEvent event) {
		consentEvents.add(event);
	}

	void addUpdate(ReportUpdate update) {
		updates.add(update);
	}

	// --- What staff do with it ---

	/**
	 * The end of the report's retention: everything that could identify anyone (the account, places, times in the
	 * reporter's words, contact details, references) goes; what is counted (date, ward, strands, channel,
	 * classification) stays, so past figures do not change.
	 */
	void anonymise(Instant now) {
		whatHappened = "";
		occurredDescription = null;
		locationDescription = null;
		mapPoint = null;
		notReportingDetail = null;
		reporterName = null;
		reporterEmail = null;
		reporterPhone = null;
		contactTimes = null;
		nchiJustification = null;
		duplicateReason = null;
		policeReference = null;
		anonymisedAt = now;
	}

	boolean isAnonymised() {
		return anonymisedAt != null;
	}

	void classify(Classification classification, Boolean keepPersonalData, String justification) {
		this.classification = classification;
		boolean nchi = classification == Classification.NON_CRIME_HATE_INCIDENT;
		this.nchiKeepPersonalData = nchi ? keepPersonalData : null;
		this.nchiJustification = nchi ? justification : null;
		if (status == Status.RECEIVED) {
			status = Status.TRIAGED;
		}
	}

	/** Replaces the account with a version that no longer identifies the subject of a non-crime hate incident. */
	void redactAccount(String redacted) {
		this.whatHappened = redacted;
	}

	void markDuplicateOf(long otherId, String reason) {
		this.duplicateOfId = otherId;
		this.duplicateReason = reason;
	}

	void sharedWithPolice(Instant when) {
		this.sharedWithPoliceAt = when;
		this.status = Status.SHARED_WITH_POLICE;
	}

	void policeReference(String reference) {
		this.policeReference = reference;
	}

	void withdrawPoliceConsent() {
		this.policeConsent = false;
		this.identityToPolice = false;
	}

	void feedback(SupportFeedback feedback) {
		this.supportFeedback = feedback;
	}

	/** Loads the consent and update history while the transaction is open, for pages that show it. */
	Report withHistory() {
		consentEvents.size();
		updates.size();
		return this;
	}

	boolean isSharedWithPolice() {
		return sharedWithPoliceAt != null;
	}

	// --- Reading ---

	public Long getId() { return id; }
	public String getReference() { return reference; }
	String getSecretHash() { return secretHash; }
	public Status getStatus() { return status; }
	public Channel getChannel() { return channel; }
	public Long getCentreOrganisationId() { return centreOrganisationId; }
	public Long getTakenByUserId() { return takenByUserId; }
	public String getReporterRole() { return reporterRole; }
	public boolean isEmergency() { return emergency; }
	public Boolean getEmergencyCallMade() { return emergencyCallMade; }
	public Instant getEmergencyCalledAt() { return emergencyCalledAt; }
	public Instant getPoliceInformedByPhoneAt() { return policeInformedByPhoneAt; }
	public Set<String> getIncidentTypes() { return Set.copyOf(incidentTypes); }
	public String getWhatHappened() { return whatHappened; }
	public String getWhenKind() { return whenKind; }
	public LocalDate getOccurredOn() { return occurredOn; }
	public String getOccurredDescription() { return occurredDescription; }
	public String getLocationDescription() { return locationDescription; }
	public String getWardCode() { return wardCode; }
	public String getMapPoint() { return mapPoint; }
	public String getHappenedBefore() { return happenedBefore; }
	public Set<String> getStrands() { return Set.copyOf(strands); }
	public List<String> getStrandSubtypes() { return List.copyOf(strandSubtypes); }
	public boolean isStrandNotSure() { return strandNotSure; }
	public boolean isPoliceConsent() { return policeConsent; }
	public boolean isIdentityToPolice() { return identityToPolice; }
	public List<String> getNotReportingReasons() { return List.copyOf(notReportingReasons); }
	public String getNotReportingDetail() { return notReportingDetail; }
	public List<String> getSignpostingShown() { return List.copyOf(signpostingShown); }
	public boolean isAnonymous() { return anonymous; }
	public String getReporterName() { return reporterName; }
	public String getReporterEmail() { return reporterEmail; }
	public String getReporterPhone() { return reporterPhone; }
	public Boolean getSafeToContact() { return safeToContact; }
	public List<String> getContactMethods() { return List.copyOf(contactMethods); }
	public String getContactTimes() { return contactTimes; }
	public boolean isSupportWanted() { return supportWanted; }
	public List<String> getSupportKinds() { return List.copyOf(supportKinds); }
	public Classification getClassification() { return classification; }
	public Boolean getNchiKeepPersonalData() { return nchiKeepPersonalData; }
	public String getNchiJustification() { return nchiJustification; }
	public Long getDuplicateOfId() { return duplicateOfId; }
	public String getDuplicateReason() { return duplicateReason; }
	public Instant getSharedWithPoliceAt() { return sharedWithPoliceAt; }
	public String getPoliceReference() { return policeReference; }
	public SupportFeedback getSupportFeedback() { return supportFeedback; }
	public Instant getSubmittedAt() { return submittedAt; }
	public List<ConsentEvent> getConsentEvents() { return List.copyOf(consentEvents); }
	public PoliceSharing getPoliceSharing() { return PoliceSharing.of(policeConsent, isSharedWithPolice(), consentEvents); }
	public List<ReportUpdate> getUpdates() { return List.copyOf(updates); }

}
