package org.safercommunities.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.safercommunities.crypto.EncryptedText;

/** The stored Victims' Code checklist of one case; {@link VictimsCodeChecklist} is its value. */
@Entity
@Table(name = "case_victims_code")
class CaseVictimsCode {

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Version
	private Long version;

	@Column(name = "informed_on")
	private LocalDate informedOn;

	@Column(name = "needs_assessed_on")
	private LocalDate needsAssessedOn;

	@Column(name = "referred_on")
	private LocalDate referredOn;

	@Convert(converter = EncryptedText.class)
	@Column(name = "referred_to")
	private String referredTo;

	@Column(name = "rj_offered_on")
	private LocalDate rjOfferedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "rj_answer")
	private RestorativeJusticeAnswer rjAnswer;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "case_victims_code_update", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "given_on", nullable = false)
	private Set<LocalDate> updatesGiven = new TreeSet<>();

	protected CaseVictimsCode() {
	}

	CaseVictimsCode(long caseId, Instant at) {
		this.caseId = caseId;
		this.updatedAt = at;
	}

	VictimsCodeChecklist checklist() {
		return new VictimsCodeChecklist(informedOn, needsAssessedOn, referredOn, referredTo,
				new ArrayList<>(updatesGiven), rjOfferedOn, rjAnswer);
	}

	void record(VictimsCodeChecklist checklist, Instant at) {
		this.informedOn = checklist.informedOn();
		this.needsAssessedOn = checklist.needsAssessedOn();
		this.referredOn = checklist.referredOn();
		this.referredTo = checklist.referredTo();
		this.rjOfferedOn = checklist.rjOfferedOn();
		this.rjAnswer = checklist.rjAnswer();
		this.updatesGiven.clear();
		this.updatesGiven.addAll(checklist.updatesGiven());
		this.updatedAt = at;
	}

	Long getCaseId() {
		return caseId;
	}

}
