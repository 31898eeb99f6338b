package org.safercommunities.audit;

import java.time.LocalDate;

/** The period the unusual-access page looks at, as typed, so a wrong date comes back unchanged. */
class UnusualPeriodForm {

	private String from;

	private String to;

	/** The last day looked at: the date typed, or today when none. */
	LocalDate end(LocalDate today) {
		LocalDate typed = AuditFilterForm.date(to);
		return typed == null ? today : typed;
	}

	/** The first day looked at: the date typed, or the 30 days up to the end when none. */
	LocalDate start(LocalDate today) {
		LocalDate typed = AuditFilterForm.date(from);
		return typed == null ? end(today).minusDays(29) : typed;
	}

	public String getFrom() { return from; }
	public void setFrom(String from) { this.from = from; }
	public String getTo() { return to; }
	public void setTo(String to) { this.to = to; }

}
