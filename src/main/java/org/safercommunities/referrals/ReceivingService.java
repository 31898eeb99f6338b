package org.safercommunities.referrals;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.shared.CodeListConverter;

/**
 * An organisation on the managed list of those that take referrals: what it offers, how many working days it has to
 * answer (0 is the same working day, as a safeguarding referral to the MASH must be), whether it is a victim support
 * service (the Victims' Code measure), and the report's "support wanted" answers that suggest it.
 */
@Entity
@Table(name = "referral_service")
public class ReceivingService {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(nullable = false)
	private String description;

	@Column(name = "deadline_working_days", nullable = false)
	private int deadlineWorkingDays;

	@Column(nullable = false)
	private boolean safeguarding;

	@Column(name = "victim_support", nullable = false)
	private boolean victimSupport;

	@Convert(converter = CodeListConverter.class)
	@Column(name = "support_kinds", nullable = false)
	private List<String> supportKinds = new ArrayList<>();

	@Column(nullable = false)
	private boolean active = true;

	protected ReceivingService() {
	}

	ReceivingService(long organisationId) {
		this.organisationId = organisationId;
	}

	void describe(String description, int deadlineWorkingDays, boolean safeguarding, boolean victimSupport,
			List<String> supportKinds, boolean active) {
		this.description = description;
		// A safeguarding referral is due the same working day, whatever was typed.
		this.deadlineWorkingDays = safeguarding ? 0 : deadlineWorkingDays;
		this.safeguarding = safeguarding;
		this.victimSupport = victimSupport;
		this.supportKinds = new ArrayList<>(supportKinds);
		this.active = active;
	}

	public Long getId() { return id; }
	public long getOrganisationId() { return organisationId; }
	public String getDescription() { return description; }
	public int getDeadlineWorkingDays() { return deadlineWorkingDays; }
	public boolean isSafeguarding() { return safeguarding; }
	public boolean isVictimSupport() { return victimSupport; }
	public List<String> getSupportKinds() { return List.copyOf(supportKinds); }
	public boolean isActive() { return active; }

}
