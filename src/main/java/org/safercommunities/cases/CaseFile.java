package org.safercommunities.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.safercommunities.cases.CaseCodes.Outcome;
import org.safercommunities.cases.CaseCodes.ShareLevel;
import org.safercommunities.cases.CaseCodes.Source;
import org.safercommunities.cases.CaseCodes.Status;
import org.safercommunities.crypto.EncryptedText;
import org.safercommunities.people.Involvement.PartyRole;

/**
 * A case (DESIGN section 4): what it is about, who owns it, its parties (people module ids), linked reports and
 * cases, the organisations it is shared with, its status and outcome. What may name a person (the account, the
 * place, the owner's name, the closure reason) is encrypted at rest; the title must not name anyone.
 * <p>
 * Status rules: a case is open or under review until it is closed with an outcome, a reason and a date; closing
 * is the only way to {@link Status#CLOSED}, and reopening the only way back, which clears the outcome.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String reference;

	@Column(name = "type_code", nullable = false)
	private String typeCode;

	@Column(nullable = false)
	private String title;

	@Convert(converter = EncryptedText.class)
	private String account;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.OPEN;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Source source;

	@Convert(converter = EncryptedText.class)
	@Column(name = "place_description")
	private String placeDescription;

	@Column(name = "ward_code")
	private String wardCode;

	/** The blind index of the postcode in the place, for repeat places ({@link RepeatPlaces}); null when none. */
	@Column(name = "place_key")
	private String placeKey;

	@Column(name = "owning_organisation_id", nullable = false)
	private long owningOrganisationId;

	@Column(name = "owner_user_id", nullable = false)
	private long ownerUserId;

	@Convert(converter = EncryptedText.class)
	@Column(name = "owner_name", nullable = false)
	private String ownerName;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Convert(converter = EncryptedText.class)
	@Column(name = "closure_reason")
	private String closureReason;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("addedAt, id")
	private List<CaseParty> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_report", joinColumns = @JoinColumn(name = "case_id"))
	@OrderBy("linkedAt")
	private List<LinkedReport> reports = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_link", joinColumns = @JoinColumn(name = "case_id"))
	@OrderBy("linkedAt")
	private List<LinkedCase> links = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("sharedAt, id")
	private List<CaseShare> shares = new ArrayList<>();

	protected CaseFile() {
	}

	CaseFile(String reference, String typeCode, String title, Source source, LocalDate openedOn, Instant openedAt,
			long owningOrganisationId, long ownerUserId, String ownerName) {
		this.reference = reference;
		this.typeCode = typeCode;
		this.title = title;
		this.source = source;
		this.openedOn = openedOn;
		this.openedAt = openedAt;
		this.owningOrganisationId = owningOrganisationId;
		this.ownerUserId = ownerUserId;
		this.ownerName = ownerName;
	}

	/** What happened and where, as the report or the caller told it. */
	void describe(String typeCode, String title, String account, String placeDescription, String wardCode) {
		this.typeCode = typeCode;
		this.title = title;
		this.account = account;
		this.placeDescription = placeDescription;
		this.wardCode = wardCode;
	}

	void keyPlace(String key) {
		this.placeKey = key;
	}

	void assignTo(long userId, String name) {
		this.ownerUserId = userId;
		this.ownerName = name;
	}

	/** Open and under review move freely; a closed case must be reopened first, and closing needs {@link #close}. */
	void changeStatus(Status newStatus) {
		if (newStatus == Status.CLOSED) {
			throw new CaseRuleBroken("cases.error.close-with-outcome");
		}
		if (status == Status.CLOSED) {
			throw new CaseRuleBroken("cases.error.closed");
		}
		this.status = newStatus;
	}

	void close(Outcome outcome, String reason, LocalDate on) {
		if (outcome == null || reason == null || reason.isBlank() || on == null) {
			throw new CaseRuleBroken("cases.error.close-with-outcome");
		}
		if (status == Status.CLOSED) {
			throw new CaseRuleBroken("cases.error.closed");
		}
		if (on.isBefore(openedOn)) {
			throw new CaseRuleBroken("cases.error.closed-before-opened");
		}
		this.status = Status.CLOSED;
		this.outcome = outcome;
		this.closureReason = reason.strip();
		this.closedOn = on;
	}

	void reopen() {
		if (status != Status.CLOSED) {
			throw new CaseRuleBroken("cases.error.not-closed");
		}
		this.status = Status.OPEN;
		this.outcome = null;
		this.closureReason = null;
		this.closedOn = null;
	}

	/** Adds the party unless the person already has that role here; answers whether it was added. */
	boolean addParty(long personId, PartyRole role, Instant at) {
		if (parties.stream().anyMatch(party -> party.getPersonId() == personId && party.getRole() == role)) {
			return false;
		}
		parties.add(new CaseParty(personId, role, at));
		return true;
	}

	boolean linkReport(long reportId, String reportReference, LocalDate occasionOn, Instant at) {
		if (reportIds().contains(reportId)) {
			return false;
		}
		reports.add(new LinkedReport(reportId, reportReference, occasionOn, at));
		return true;
	}

	boolean linkCase(long otherCaseId, Instant at) {
		if (id != null && id == otherCaseId) {
			throw new CaseRuleBroken("cases.error.link-itself");
		}
		if (links.stream().anyMatch(link -> link.caseId() == otherCaseId)) {
			return false;
		}
		links.add(new LinkedCase(otherCaseId, at));
		return true;
	}

	/** Shares with an organisation (replacing an earlier share with it); the owning organisation needs none. */
	void share(long organisationId, ShareLevel level, long by, Instant at, String reason) {
		if (organisationId == owningOrganisationId) {
			throw new CaseRuleBroken("cases.error.share-own");
		}
		Optional<CaseShare> earlier = shareWith(organisationId);
		if (earlier.isPresent()) {
			earlier.get().change(level, by, at, reason);
		}
		else {
			shares.add(new CaseShare(organisationId, level, by, at, reason));
		}
	}

	Optional<CaseShare> shareWith(long organisationId) {
		return shares.stream().filter(share -> share.getOrganisationId() == organisationId).findFirst();
	}

	/** Loads the parties, reports, links and shares, so the case can be read after its transaction (pages). */
	CaseFile loaded() {
		parties.size();
		reports.size();
		links.size();
		shares.size();
		return this;
	}

	public List<Long> reportIds() {
		return reports.stream().map(LinkedReport::reportId).toList();
	}

	public List<Long> personIds() {
		return parties.stream().map(CaseParty::getPersonId).distinct().toList();
	}

	public boolean isClosed() {
		return status == Status.CLOSED;
	}

	public Long getId() { return id; }
	public String getReference() { return reference; }
	public String getTypeCode() { return typeCode; }
	public String getTitle() { return title; }
	public String getAccount() { return account; }
	public Status getStatus() { return status; }
	public LocalDate getOpenedOn() { return openedOn; }
	public Source getSource() { return source; }
	public String getPlaceDescription() { return placeDescription; }
	public String getWardCode() { return wardCode; }
	String getPlaceKey() { return placeKey; }
	public long getOwningOrganisationId() { return owningOrganisationId; }
	public long getOwnerUserId() { return ownerUserId; }
	public String getOwnerName() { return ownerName; }
	public Outcome getOutcome() { return outcome; }
	public String getClosureReason() { return closureReason; }
	public LocalDate getClosedOn() { return closedOn; }
	public Instant getOpenedAt() { return openedAt; }
	public List<CaseParty> getParties() { return List.copyOf(parties); }
	public List<LinkedReport> getReports() { return List.copyOf(reports); }
	public List<LinkedCase> getLinks() { return List.copyOf(links); }
	public List<CaseShare> getShares() { return List.copyOf(shares); }

}
