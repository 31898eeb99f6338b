package org.safercommunities.engagement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Ward Walk: the ward, the day, where it meets, the services attending, and whether it was held. */
@Entity
@Table(name = "engagement_ward_walk")
class WardWalk {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ward_code", nullable = false)
	private String wardCode;

	@Column(name = "walk_on", nullable = false)
	private LocalDate walkOn;

	/** Null for a walk the year's schedule planned, until the officer arranges where it meets. */
	@Column(name = "meeting_point")
	private String meetingPoint;

	private String services;

	@Column(nullable = false)
	private boolean held;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected WardWalk() {
	}

	WardWalk(String wardCode, LocalDate walkOn, String meetingPoint, String services, Instant createdAt) {
		this.wardCode = wardCode;
		this.walkOn = walkOn;
		this.meetingPoint = meetingPoint;
		this.services = services;
		this.createdAt = createdAt;
	}

	/** Residents may raise issues in advance up to and including the day of the walk. */
	boolean takesIssues(LocalDate today) {
		return !held && !walkOn.isBefore(today);
	}

	/** The day, meeting point and services invited, while the walk is still to come. */
	void arrange(LocalDate walkOn, String meetingPoint, String services) {
		this.walkOn = walkOn;
		this.meetingPoint = meetingPoint;
		this.services = services;
	}

	void held(String servicesAttending) {
		this.held = true;
		this.services = servicesAttending;
	}

	public Long getId() { return id; }
	public String getWardCode() { return wardCode; }
	public LocalDate getWalkOn() { return walkOn; }
	public String getMeetingPoint() { return meetingPoint; }
	public String getServices() { return services; }
	public boolean isHeld() { return held; }

}
