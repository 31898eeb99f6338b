package org.safercommunities.reporting;

import java.io.Serial;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The same answers as the public report, plus the staff-only steps of Process Map 1: how the report came in,
 * which centre took it, whether 999 was called and when, and for a paper form when the police were told on 101.
 */
class AssistedReportForm extends ReportAnswers {

	@Serial
	private static final long serialVersionUID = 1L;

	private String channel;

	private Long centreOrganisationId;

	private String emergencyCallMade;

	private String emergencyCalledTime;

	private String policeInformedByPhone;

	private String policeInformedTime;

	public String getChannel() { return channel; }
	public void setChannel(String channel) { this.channel = channel; }
	public Long getCentreOrganisationId() { return centreOrganisationId; }
	public void setCentreOrganisationId(Long centreOrganisationId) { this.centreOrganisationId = centreOrganisationId; }
	public String getEmergencyCallMade() { return emergencyCallMade; }
	public void setEmergencyCallMade(String emergencyCallMade) { this.emergencyCallMade = emergencyCallMade; }
	public String getEmergencyCalledTime() { return emergencyCalledTime; }
	public void setEmergencyCalledTime(String emergencyCalledTime) { this.emergencyCalledTime = emergencyCalledTime; }
	public String getPoliceInformedByPhone() { return policeInformedByPhone; }
	public void setPoliceInformedByPhone(String policeInformedByPhone) { this.policeInformedByPhone = policeInformedByPhone; }
	public String getPoliceInformedTime() { return policeInformedTime; }
	public void setPoliceInformedTime(String policeInformedTime) { this.policeInformedTime = policeInformedTime; }

	/** A time typed as HH:mm (or H:mm), or null when none or not a time. */
	static LocalTime time(String text) {
		try {
			return text == null ? null : LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
