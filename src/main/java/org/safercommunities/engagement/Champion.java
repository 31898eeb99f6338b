package org.safercommunities.engagement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.crypto.EncryptedText;

/**
 * A Hate Crime Reporting Champion: a resident who signed up, with consent, to be contacted. Name and contact
 * details are encrypted at rest; {@link EngagementManagement} audits every read of them.
 */
@Entity
@Table(name = "engagement_champion")
class Champion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "signed_up_on", nullable = false)
	private LocalDate signedUpOn;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String name;

	@Convert(converter = EncryptedText.class)
	private String email;

	@Convert(converter = EncryptedText.class)
	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_preference", nullable = false)
	private ContactPreference contactPreference;

	@Column(name = "consent_given", nullable = false)
	private boolean consentGiven;

	@Column(name = "trained_on")
	private LocalDate trainedOn;

	@Column(name = "ward_code")
	private String wardCode;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Champion() {
	}

	Champion(ChampionDetails details, Instant recordedAt) {
		this.signedUpOn = details.signedUpOn();
		this.name = details.name();
		this.email = details.email();
		this.phone = details.phone();
		this.contactPreference = details.contactPreference();
		this.consentGiven = true;
		this.trainedOn = details.trainedOn();
		this.wardCode = details.wardCode();
		this.recordedAt = recordedAt;
	}

	void trained(LocalDate on) {
		this.trainedOn = on;
	}

	public Long getId() { return id; }
	public LocalDate getSignedUpOn() { return signedUpOn; }
	public String getName() { return name; }
	public String getEmail() { return email; }
	public String getPhone() { return phone; }
	public ContactPreference getContactPreference() { return contactPreference; }
	public LocalDate getTrainedOn() { return trainedOn; }
	public String getWardCode() { return wardCode; }

}
