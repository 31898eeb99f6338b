package org.safercommunities.referrals;

import java.util.ArrayList;
import java.util.List;

/** An administrator's entry on the list of receiving services. */
public class ReceivingServiceForm {

	private Long organisationId;

	private String description;

	private String deadlineWorkingDays;

	private boolean safeguarding;

	private boolean victimSupport;

	private List<String> supportKinds = new ArrayList<>();

	private boolean active = true;

	public Long getOrganisationId() { return organisationId; }
	public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getDeadlineWorkingDays() { return deadlineWorkingDays; }
	public void setDeadlineWorkingDays(String deadlineWorkingDays) { this.deadlineWorkingDays = deadlineWorkingDays; }
	public boolean isSafeguarding() { return safeguarding; }
	public void setSafeguarding(boolean safeguarding) { this.safeguarding = safeguarding; }
	public boolean isVictimSupport() { return victimSupport; }
	public void setVictimSupport(boolean victimSupport) { this.victimSupport = victimSupport; }
	public List<String> getSupportKinds() { return supportKinds; }
	public void setSupportKinds(List<String> supportKinds) { this.supportKinds = supportKinds == null ? new ArrayList<>() : supportKinds; }
	public boolean isActive() { return active; }
	public void setActive(boolean active) { this.active = active; }

}
