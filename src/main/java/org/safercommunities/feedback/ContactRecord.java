package org.safercommunities.feedback;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.safercommunities.casereview.WorkingDayCalendar;

/**
 * The contact standards of one report whose reporter agreed to be contacted: first contact due within a number of
 * working days (fewer for a victim with enhanced rights), a visit if one was agreed, due within the agreed standard
 * time. Dates only, and the report's ward for the figures: nothing about the person.
 */
@Entity
@Table(name = "feedback_contact")
class ContactRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, updatable = false)
	private long reportId;

	@Column(name = "report_reference", nullable = false)
	private String reportReference;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Column(name = "ward_code")
	private String wardCode;

	@Column(name = "enhanced_rights", nullable = false)
	private boolean enhancedRights;

	@Column(name = "contact_due_on", nullable = false)
	private LocalDate contactDueOn;

	@Column(name = "contacted_on")
	private LocalDate contactedOn;

	@Column(name = "visit_agreed", nullable = false)
	private boolean visitAgreed;

	@Column(name = "visit_due_on")
	private LocalDate visitDueOn;

	@Column(name = "visited_on")
	private LocalDate visitedOn;

	@Version
	private long version;

	protected ContactRecord() {
	}

	ContactRecord(long reportId, String reportReference, LocalDate receivedOn, String wardCode, boolean enhancedRights,
			WorkingDayCalendar calendar, ContactStandardSettings settings) {
		this.reportId = reportId;
		this.reportReference = reportReference;
		this.receivedOn = receivedOn;
		this.wardCode = wardCode;
		this.enhancedRights = enhancedRights;
		this.contactDueOn = calendar.after(receivedOn, settings.contactWithin(enhancedRights));
	}

	/** What the officer records; the due dates follow from the rights and whether a visit was agreed. */
	void record(boolean enhancedRights, LocalDate contactedOn, boolean visitAgreed, LocalDate visitedOn,
			WorkingDayCalendar calendar, ContactStandardSettings settings) {
		this.enhancedRights = enhancedRights;
		this.contactDueOn = calendar.after(receivedOn, settings.contactWithin(enhancedRights));
		this.contactedOn = contactedOn;
		this.visitAgreed = visitAgreed || visitedOn != null;
		this.visitDueOn = this.visitAgreed ? calendar.after(receivedOn, settings.visitWithinWorkingDays()) : null;
		this.visitedOn = visitedOn;
	}

	public boolean contactedInTime() {
		return contactedOn != null && !contactedOn.isAfter(contactDueOn);
	}

	public boolean visitedInTime() {
		return visitedOn != null && visitDueOn != null && !visitedOn.isAfter(visitDueOn);
	}

	/** A visit was agreed and has not been made, and its standard time has not run out on {@code day}. */
	boolean awaitingVisit(LocalDate day) {
		return visitAgreed && visitedOn == null && visitDueOn != null && !day.isAfter(visitDueOn);
	}

	/** Still needing something from the team: not yet contacted, or an agreed visit not yet made. */
	boolean open() {
		return contactedOn == null || (visitAgreed && visitedOn == null);
	}

	public Long getId() { return id; }
	public long getReportId() { return reportId; }
	public String getReportReference() { return reportReference; }
	public LocalDate getReceivedOn() { return receivedOn; }
	public String getWardCode() { return wardCode; }
	public boolean isEnhancedRights() { return enhancedRights; }
	public LocalDate getContactDueOn() { return contactDueOn; }
	public LocalDate getContactedOn() { return contactedOn; }
	public boolean isVisitAgreed() { return visitAgreed; }
	public LocalDate getVisitDueOn() { return visitDueOn; }
	public LocalDate getVisitedOn() { return visitedOn; }

}
