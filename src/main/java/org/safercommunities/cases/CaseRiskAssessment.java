package org.safercommunities.cases;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import org.safercommunities.crypto.EncryptedText;

/**
 * One risk assessment of a case's victim, never changed once made: a reassessment is a new one. The answers are
 * booleans; the override reason is encrypted.
 */
@Entity
@Table(name = "case_risk_assessment")
class CaseRiskAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private long caseId;

	@Column(name = "assessed_at", nullable = false, updatable = false)
	private Instant assessedAt;

	@Column(name = "assessed_by_user_id", nullable = false, updatable = false)
	private long assessedByUserId;

	@Column(name = "assessed_by_name", nullable = false, updatable = false)
	private String assessedByName;

	@Column(nullable = false, updatable = false)
	private int score;

	@Enumerated(EnumType.STRING)
	@Column(name = "scored_level", nullable = false, updatable = false)
	private RiskLevel scoredLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "override_level", updatable = false)
	private RiskLevel overrideLevel;

	@Convert(converter = EncryptedText.class)
	@Column(name = "override_reason", updatable = false)
	private String overrideReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_level", nullable = false, updatable = false)
	private RiskLevel riskLevel;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "case_risk_answer", joinColumns = @JoinColumn(name = "assessment_id"))
	@MapKeyColumn(name = "question")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "answer_yes", nullable = false)
	private Map<RiskQuestion, Boolean> answers = new EnumMap<>(RiskQuestion.class);

	protected CaseRiskAssessment() {
	}

	CaseRiskAssessment(long caseId, Instant assessedAt, long byUserId, String byName, Map<RiskQuestion, Boolean> answers,
			RiskDecision decision) {
		this.caseId = caseId;
		this.assessedAt = assessedAt;
		this.assessedByUserId = byUserId;
		this.assessedByName = byName;
		this.answers.putAll(answers);
		this.score = decision.scored().score();
		this.scoredLevel = decision.scored().level();
		this.riskLevel = decision.level();
		if (decision.overridden()) {
			this.overrideLevel = decision.override().level();
			this.overrideReason = decision.override().reason();
		}
	}

	Long getId() {
		return id;
	}

	long getCaseId() {
		return caseId;
	}

	Instant getAssessedAt() {
		return assessedAt;
	}

	String getAssessedByName() {
		return assessedByName;
	}

	int getScore() {
		return score;
	}

	RiskLevel getScoredLevel() {
		return scoredLevel;
	}

	RiskLevel getOverrideLevel() {
		return overrideLevel;
	}

	String getOverrideReason() {
		return overrideReason;
	}

	RiskLevel getRiskLevel() {
		return riskLevel;
	}

	boolean isOverridden() {
		return overrideLevel != null;
	}

	boolean isRaised() {
		return overrideLevel != null && overrideLevel.isAbove(scoredLevel);
	}

	/** Answers in the matrix's order. */
	Map<RiskQuestion, Boolean> getAnswers() {
		Map<RiskQuestion, Boolean> ordered = new LinkedHashMap<>();
		for (RiskQuestion question : RiskQuestion.values()) {
			ordered.put(question, Boolean.TRUE.equals(answers.get(question)));
		}
		return ordered;
	}

}
