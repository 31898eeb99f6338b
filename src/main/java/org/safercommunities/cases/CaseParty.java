package org.safercommunities.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.people.Involvement.PartyRole;

/** A person (held by the people module, named here by id only) and the part they play in a case. */
@Entity
@Table(name = "case_party")
public class CaseParty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartyRole role;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected CaseParty() {
	}

	CaseParty(long personId, PartyRole role, Instant addedAt) {
		this.personId = personId;
		this.role = role;
		this.addedAt = addedAt;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public PartyRole getRole() {
		return role;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

}
