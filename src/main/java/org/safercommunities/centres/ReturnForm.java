package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A monthly return as typed: the month, what the centre took outside the product (by return line key), a
 * comment, and for a correction its reason. Numbers stay text so whatever was typed is shown again with the
 * error. Fields are declared in page order (the error summary follows it).
 */
class ReturnForm {

	private Long centre;

	private String month;

	private Map<String, String> outside = new LinkedHashMap<>();

	private String comment;

	private String reason;

	static ReturnForm of(CentreReturn sent) {
		ReturnForm form = new ReturnForm();
		form.centre = sent.getOrganisationId();
		form.month = UkDates.month(sent.getMonth());
		sent.getOutside().forEach((key, amount) -> form.outside.put(key, String.valueOf(amount)));
		form.comment = sent.getComment();
		return form;
	}

	public Long getCentre() { return centre; }
	public void setCentre(Long centre) { this.centre = centre; }
	public String getMonth() { return month; }
	public void setMonth(String month) { this.month = month; }
	public Map<String, String> getOutside() { return outside; }
	public void setOutside(Map<String, String> outside) { this.outside = outside; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }

}
