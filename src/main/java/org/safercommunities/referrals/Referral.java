package org.safercommunities.referrals;

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
import jakarta.persistence.Version;

import org.safercommunities.crypto.EncryptedText;
import org.safercommunities.referrals.ReferralCodes.Basis;
import org.safercommunities.referrals.ReferralCodes.ConsentKind;
import org.safercommunities.referrals.ReferralCodes.Status;

/**
 * A referral from one organisation to another: where it came from (a case, a report), the basis, and a copy of
 * exactly what the receiver sees (the summary, the account, the contact details where the basis allows), made
 * when it was sent so the receiver never reads more of the case. What may name a person is encrypted at rest.
 * <p>
 * Status rules: sent, then accepted or declined (with a reason); an accepted referral records contact made and is
 * completed with an outcome. Withdrawing consent stops further sharing: the receiver no longer sees the account or
 * the contact details, nor download the documents chosen; what was already shared ({@link #isSharedAccount}, {@link #isSharedContact}) cannot be called
 * back, and the record says so.
 */
@Entity
@Table(name = "referral")
public class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", updatable = false)
	private Long caseId;

	@Column(name = "report_id", updatable = false)
	private Long reportId;

	@Column(name = "person_id", updatable = false)
	private Long personId;

	@Column(name = "sending_organisation_id", nullable = false, updatable = false)
	private long sendingOrganisationId;

	@Column(name = "sending_user_id", nullable = false, updatable = false)
	private long sendingUserId;

	@Column(name = "sending_name", nullable = false, updatable = false)
	private String sendingName;

	@Column(name = "receiving_organisation_id", nullable = false, updatable = false)
	private long receivingOrganisationId;

	@Column(name = "receiving_name", nullable = false, updatable = false)
	private String receivingName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Basis basis;

	@Convert(converter = EncryptedText.class)
	@Column(name = "basis_reason")
	private String basisReason;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String summary;

	@Convert(converter = EncryptedText.class)
	private String account;

	@Convert(converter = EncryptedText.class)
	@Column(name = "contact_details")
	private String contactDetails;

	@Column(name = "shared_account", nullable = false, updatable = false)
	private boolean sharedAccount;

	@Column(name = "shared_contact", nullable = false, updatable = false)
	private boolean sharedContact;

	@Column(name = "victim_support", nullable = false, updatable = false)
	private boolean victimSupport;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.SENT;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "sent_at", nullable = false, updatable = false)
	private Instant sentAt;

	@Column(name = "sent_on", nullable = false, updatable = false)
	private LocalDate sentOn;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	@Column(name = "accepted_on")
	private LocalDate acceptedOn;

	@Column(name = "contact_made_on")
	private LocalDate contactMadeOn;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Convert(converter = EncryptedText.class)
	@Column(name = "decline_reason")
	private String declineReason;

	@Convert(converter = EncryptedText.class)
	private String outcome;

	@Column(name = "consent_withdrawn_at")
	private Instant consentWithdrawnAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "referral_report", joinColumns = @JoinColumn(name = "referral_id"))
	@Column(name = "report_id")
	private Set<Long> reportIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "referral_document", joinColumns = @JoinColumn(name = "referral_id"))
	private Set<ReferralDocument> documents = new LinkedHashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "referral_id", nullable = false)
	@OrderBy("recordedAt, id")
	private List<ReferralConsentEvent> consentEvents = new ArrayList<>();

	protected Referral() {
	}

	Referral(ReferralSource source, long sendingOrganisationId, long sendingUserId, String sendingName,
			long receivingOrganisationId, String receivingName, boolean victimSupport, Basis basis, String basisReason,
			String summary, String account, String contactDetails, LocalDate dueOn, Instant sentAt, LocalDate sentOn) {
		this.caseId = source.caseId();
		this.reportId = source.reportId();
		this.personId = source.personId();
		this.reportIds = new LinkedHashSet<>(source.reportIds());
		this.sendingOrganisationId = sendingOrganisationId;
		this.sendingUserId = sendingUserId;
		this.sendingName = sendingName;
		this.receivingOrganisationId = receivingOrganisationId;
		this.receivingName = receivingName;
		this.victimSupport = victimSupport;
		this.basis = basis;
		this.basisReason = basisReason;
		this.summary = summary;
		this.account = account;
		this.contactDetails = contactDetails;
		this.sharedAccount = account != null;
		this.sharedContact = contactDetails != null;
		this.dueOn = dueOn;
		this.sentAt = sentAt;
		this.sentOn = sentOn;
	}

	/** The case documents the sender chose to share; set once, before the referral is saved. */
	void shareDocuments(java.util.Collection<ReferralDocument> chosen) {
		documents = new LinkedHashSet<>(chosen);
	}

	/** Whether the receiver may still download this shared document: chosen, and consent not withdrawn since. */
	public boolean sharesDocument(long documentId) {
		return !isConsentWithdrawn() && documents.stream().anyMatch(document -> document.getDocumentId() == documentId);
	}

	void recordConsent(ReferralConsentEvent event) {
		consentEvents.add(event);
	}

	void accept(LocalDate on) {
		requireStatus(Status.SENT);
		status = Status.ACCEPTED;
		answeredOn = on;
		acceptedOn = on;
	}

	void decline(String reason, LocalDate on) {
		requireStatus(Status.SENT);
		status = Status.DECLINED;
		answeredOn = on;
		declineReason = reason;
	}

	void contactMade(LocalDate on) {
		requireStatus(Status.ACCEPTED);
		status = Status.CONTACT_MADE;
		contactMadeOn = on;
	}

	void complete(String outcomeText, LocalDate on) {
		if (status != Status.ACCEPTED && status != Status.CONTACT_MADE) {
			throw new ReferralStepRefused(id, status);
		}
		status = Status.COMPLETED;
		completedOn = on;
		outcome = outcomeText;
	}

	/**
	 * Stops further sharing: the receiver no longer sees the account or the contact details from now on. What they
	 * had already been sent is not called back: {@link #isSharedAccount} and {@link #isSharedContact} still say it was.
	 */
	void withdrawConsent(ReferralConsentEvent event) {
		consentEvents.add(event);
		consentWithdrawnAt = event.getRecordedAt();
		account = null;
		contactDetails = null;
	}

	private void requireStatus(Status expected) {
		if (status != expected) {
			throw new ReferralStepRefused(id, status);
		}
	}

	/** Not answered (neither accepted nor declined) after its deadline. */
	public boolean isOverdueOn(LocalDate today) {
		return status == Status.SENT && today.isAfter(dueOn);
	}

	/** Answered (accepted or declined) on or before the deadline. */
	public boolean answeredInTime() {
		return answeredOn != null && !answeredOn.isAfter(dueOn);
	}

	public boolean isConsentWithdrawn() {
		return consentWithdrawnAt != null;
	}

	public boolean isConsentBased() {
		return basis == Basis.CONSENT;
	}

	/** Whether the receiver has been in touch with the person (contact recorded, or the work completed after it). */
	public boolean isInTouch() {
		return contactMadeOn != null;
	}

	public Long getId() { return id; }
	public Long getCaseId() { return caseId; }
	public Long getReportId() { return reportId; }
	public Long getPersonId() { return personId; }
	public Set<Long> getReportIds() { return Set.copyOf(reportIds); }
	public long getSendingOrganisationId() { return sendingOrganisationId; }
	public long getSendingUserId() { return sendingUserId; }
	public String getSendingName() { return sendingName; }
	public long getReceivingOrganisationId() { return receivingOrganisationId; }
	public String getReceivingName() { return receivingName; }
	public boolean isVictimSupport() { return victimSupport; }
	public boolean isSharedAccount() { return sharedAccount; }
	public boolean isSharedContact() { return sharedContact; }
	public Basis getBasis() { return basis; }
	public String getBasisReason() { return basisReason; }
	public String getSummary() { return summary; }
	public String getAccount() { return account; }
	public String getContactDetails() { return contactDetails; }
	public Status getStatus() { return status; }
	public LocalDate getDueOn() { return dueOn; }
	public Instant getSentAt() { return sentAt; }
	public LocalDate getSentOn() { return sentOn; }
	public LocalDate getAnsweredOn() { return answeredOn; }
	public LocalDate getAcceptedOn() { return acceptedOn; }
	public LocalDate getContactMadeOn() { return contactMadeOn; }
	public LocalDate getCompletedOn() { return completedOn; }
	public String getDeclineReason() { return declineReason; }
	public String getOutcome() { return outcome; }
	public Instant getConsentWithdrawnAt() { return consentWithdrawnAt; }
	public List<ReferralDocument> getDocuments() {
		return documents.stream().sorted(java.util.Comparator.comparingLong(ReferralDocument::getDocumentId)).toList();
	}
	public List<ReferralConsentEvent> getConsentEvents() { return List.copyOf(consentEvents); }

}
