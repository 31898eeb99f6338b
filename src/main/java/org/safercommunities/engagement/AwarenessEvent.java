package org.safercommunities.engagement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An awareness event or information stand: where and when, who was there, residents engaged, champions signed up. */
@Entity
@Table(name = "engagement_event")
class AwarenessEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventKind kind;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String venue;

	@Column(name = "ward_code")
	private String wardCode;

	@Column(name = "organisations_present")
	private String organisationsPresent;

	@Column(name = "residents_engaged", nullable = false)
	private int residentsEngaged;

	@Column(name = "champions_signed_up", nullable = false)
	private int championsSignedUp;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected AwarenessEvent() {
	}

	AwarenessEvent(EventDetails details, Instant recordedAt) {
		this.heldOn = details.heldOn();
		this.kind = details.kind();
		this.name = details.name();
		this.venue = details.venue();
		this.wardCode = details.wardCode();
		this.organisationsPresent = details.organisationsPresent();
		this.residentsEngaged = details.residentsEngaged();
		this.championsSignedUp = details.championsSignedUp();
		this.recordedAt = recordedAt;
	}

	public Long getId() { return id; }
	public LocalDate getHeldOn() { return heldOn; }
	public EventKind getKind() { return kind; }
	public String getName() { return name; }
	public String getVenue() { return venue; }
	public String getWardCode() { return wardCode; }
	public String getOrganisationsPresent() { return organisationsPresent; }
	public int getResidentsEngaged() { return residentsEngaged; }
	public int getChampionsSignedUp() { return championsSignedUp; }

}
