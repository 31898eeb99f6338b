package org.safercommunities.feedback;

import java.io.Serializable;
import java.time.LocalDate;

import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;

/** An officer's record of a report's first contact and visit, as typed. */
class ContactForm implements Serializable {

	private boolean enhancedRights;
	private String contactedOn;
	private String visitAgreed;
	private String visitedOn;

	static ContactForm of(ContactRecord record) {
		ContactForm form = new ContactForm();
		form.enhancedRights = record.isEnhancedRights();
		form.contactedOn = record.getContactedOn() == null ? null : UkDates.day(record.getContactedOn());
		form.visitAgreed = record.isVisitAgreed() ? "YES" : "NO";
		form.visitedOn = record.getVisitedOn() == null ? null : UkDates.day(record.getVisitedOn());
		return form;
	}

	static LocalDate day(String text) {
		return StringUtils.hasText(text) ? UkDates.parseDay(text).orElseThrow() : null;
	}

	public boolean isEnhancedRights() { return enhancedRights; }
	public void setEnhancedRights(boolean enhancedRights) { this.enhancedRights = enhancedRights; }
	public String getContactedOn() { return contactedOn; }
	public void setContactedOn(String contactedOn) { this.contactedOn = contactedOn; }
	public String getVisitAgreed() { return visitAgreed; }
	public void setVisitAgreed(String visitAgreed) { this.visitAgreed = visitAgreed; }
	public String getVisitedOn() { return visitedOn; }
	public void setVisitedOn(String visitedOn) { this.visitedOn = visitedOn; }

}
