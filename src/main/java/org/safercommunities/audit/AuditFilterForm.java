package org.safercommunities.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.util.StringUtils;

/** The audit search filters as typed, so a wrong date comes back unchanged. Fields in page order. */
class AuditFilterForm {

	private String actor;

	private String action;

	private String recordType;

	private String recordId;

	private String from;

	private String to;

	/** The search these filters ask for; a date that is not one counts as not given. */
	AuditSearch toSearch(Integer page) {
		return new AuditSearch(actor, action, recordType, recordId, date(from), date(to), page);
	}

	/** The date typed (ISO, as the browser's date field sends it), or null when none or not a date. */
	static LocalDate date(String text) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public String getActor() { return actor; }
	public void setActor(String actor) { this.actor = actor; }
	public String getAction() { return action; }
	public void setAction(String action) { this.action = action; }
	public String getRecordType() { return recordType; }
	public void setRecordType(String recordType) { this.recordType = recordType; }
	public String getRecordId() { return recordId; }
	public void setRecordId(String recordId) { this.recordId = recordId; }
	public String getFrom() { return from; }
	public void setFrom(String from) { this.from = from; }
	public String getTo() { return to; }
	public void setTo(String to) { this.to = to; }

}
