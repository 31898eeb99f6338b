package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.Optional;

import org.safercommunities.shared.UkDates;

/** The register's forms: what was typed, kept as typed so nothing is lost when a form comes back with errors. */
final class EnforcementForms {

	private EnforcementForms() {
	}

	static LocalDate day(String typed) {
		return UkDates.parseDay(typed).orElse(null);
	}

	static Long id(String typed) {
		return typed == null || !typed.strip().matches("\\d{1,18}") ? null : Long.valueOf(typed.strip());
	}

	static Optional<ToolKind> kind(String typed) {
		for (ToolKind kind : ToolKind.values()) {
			if (kind.name().equals(typed)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** A tool or power: what kind, on whom (a party) or where, when, and what its kind asks for. */
	static class ToolForm {

		private String kind;

		private String recipient;

		private String premises;

		private String issuedOn;

		private String conditions;

		private String complianceOn;

		private String noWarningReason;

		private String breachOf;

		private String pspoCondition;

		private String duration;

		private boolean extended;

		EnforcementRegister.NewTool toRequest() {
			return new EnforcementRegister.NewTool(kind(kind).orElseThrow(), id(recipient),
					premises == null || premises.isBlank() ? null : premises.strip(), day(issuedOn), conditions,
					day(complianceOn), noWarningReason, id(breachOf), id(pspoCondition),
					duration == null || duration.isBlank() ? null : Integer.valueOf(duration.strip()), extended);
		}

		public String getKind() { return kind; }
		public void setKind(String kind) { this.kind = kind; }
		public String getRecipient() { return recipient; }
		public void setRecipient(String recipient) { this.recipient = recipient; }
		public String getPremises() { return premises; }
		public void setPremises(String premises) { this.premises = premises; }
		public String getIssuedOn() { return issuedOn; }
		public void setIssuedOn(String issuedOn) { this.issuedOn = issuedOn; }
		public String getConditions() { return conditions; }
		public void setConditions(String conditions) { this.conditions = conditions; }
		public String getComplianceOn() { return complianceOn; }
		public void setComplianceOn(String complianceOn) { this.complianceOn = complianceOn; }
		public String getNoWarningReason() { return noWarningReason; }
		public void setNoWarningReason(String noWarningReason) { this.noWarningReason = noWarningReason; }
		public String getBreachOf() { return breachOf; }
		public void setBreachOf(String breachOf) { this.breachOf = breachOf; }
		public String getPspoCondition() { return pspoCondition; }
		public void setPspoCondition(String pspoCondition) { this.pspoCondition = pspoCondition; }
		public String getDuration() { return duration; }
		public void setDuration(String duration) { this.duration = duration; }
		public boolean isExtended() { return extended; }
		public void setExtended(boolean extended) { this.extended = extended; }

	}

	/** A fixed penalty notice: offence, recipient, day of issue, and the notice or PSPO condition breached. */
	static class PenaltyForm {

		private String offenceCode;

		private String recipient;

		private String issuedOn;

		private String breachOf;

		private String pspoCondition;

		EnforcementRegister.NewPenalty toRequest() {
			return new EnforcementRegister.NewPenalty(offenceCode, id(recipient), day(issuedOn), id(breachOf),
					id(pspoCondition));
		}

		public String getOffenceCode() { return offenceCode; }
		public void setOffenceCode(String offenceCode) { this.offenceCode = offenceCode; }
		public String getRecipient() { return recipient; }
		public void setRecipient(String recipient) { this.recipient = recipient; }
		public String getIssuedOn() { return issuedOn; }
		public void setIssuedOn(String issuedOn) { this.issuedOn = issuedOn; }
		public String getBreachOf() { return breachOf; }
		public void setBreachOf(String breachOf) { this.breachOf = breachOf; }
		public String getPspoCondition() { return pspoCondition; }
		public void setPspoCondition(String pspoCondition) { this.pspoCondition = pspoCondition; }

	}

	/** A payment received (day, amount) or a cancellation (reason). */
	static class PaymentForm {

		private String outcome;

		private String paidOn;

		private String amount;

		private String reason;

		boolean cancelling() {
			return "CANCELLED".equals(outcome);
		}

		public String getOutcome() { return outcome; }
		public void setOutcome(String outcome) { this.outcome = outcome; }
		public String getPaidOn() { return paidOn; }
		public void setPaidOn(String paidOn) { this.paidOn = paidOn; }
		public String getAmount() { return amount; }
		public void setAmount(String amount) { this.amount = amount; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }

	}

	/** An evidence reference and, for a witness, whether they are a professional witness. */
	static class EvidenceForm {

		private String kind;

		private String reference;

		private String witness;

		private boolean professionalWitness;

		EnforcementRegister.NewEvidence toRequest() {
			return new EnforcementRegister.NewEvidence(EvidenceKind.valueOf(kind), reference.strip(), id(witness),
					professionalWitness);
		}

		public String getKind() { return kind; }
		public void setKind(String kind) { this.kind = kind; }
		public String getReference() { return reference; }
		public void setReference(String reference) { this.reference = reference; }
		public String getWitness() { return witness; }
		public void setWitness(String witness) { this.witness = witness; }
		public boolean isProfessionalWitness() { return professionalWitness; }
		public void setProfessionalWitness(boolean professionalWitness) { this.professionalWitness = professionalWitness; }

	}

	/** The report page's period, typed as days. */
	static class PeriodForm {

		private String from;

		private String to;

		public String getFrom() { return from; }
		public void setFrom(String from) { this.from = from; }
		public String getTo() { return to; }
		public void setTo(String to) { this.to = to; }

	}

}
