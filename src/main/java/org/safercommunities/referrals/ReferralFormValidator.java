package org.safercommunities.referrals;

import java.util.Set;

import org.safercommunities.referrals.ReferralCodes.Basis;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A receiving service from the list, a basis, the person's answer when the basis is consent, the reason when it
 * is a legal gateway, a summary of a sensible length, and documents only from the case's own list.
 */
class ReferralFormValidator implements Validator {

	private final Set<Long> receivingOrganisations;

	private final Set<Long> documents;

	ReferralFormValidator(Set<Long> receivingOrganisations) {
		this(receivingOrganisations, Set.of());
	}

	/** With the ids of the case's documents the sender may choose from. */
	ReferralFormValidator(Set<Long> receivingOrganisations, Set<Long> documents) {
		this.receivingOrganisations = Set.copyOf(receivingOrganisations);
		this.documents = Set.copyOf(documents);
	}

	@Override
	public boolean supports(Class<?> type) {
		return ReferralForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ReferralForm form = (ReferralForm) target;
		if (form.getReceivingOrganisationId() == null || !receivingOrganisations.contains(form.getReceivingOrganisationId())) {
			errors.rejectValue("receivingOrganisationId", "referrals.error.receiver");
		}
		var basis = form.chosenBasis();
		if (basis.isEmpty()) {
			errors.rejectValue("basis", "referrals.error.basis");
		}
		else if (basis.get() == Basis.CONSENT && form.chosenConsent().isEmpty()) {
			errors.rejectValue("consent", "referrals.error.consent");
		}
		else if (basis.get().isGateway()) {
			String reason = form.getBasisReason();
			if (reason == null || reason.isBlank()) {
				errors.rejectValue("basisReason", "referrals.error.reason");
			}
			else if (reason.strip().length() > ReferralForm.REASON_MAX) {
				errors.rejectValue("basisReason", "referrals.error.reason-long", new Object[] { ReferralForm.REASON_MAX },
						null);
			}
		}
		if (!documents.containsAll(form.getDocumentIds())) {
			errors.rejectValue("documentIds", "referrals.error.documents");
		}
		String summary = form.getSummary();
		if (summary == null || summary.isBlank()) {
			errors.rejectValue("summary", "referrals.error.summary");
		}
		else if (summary.strip().length() > ReferralForm.SUMMARY_MAX) {
			errors.rejectValue("summary", "referrals.error.summary-long", new Object[] { ReferralForm.SUMMARY_MAX }, null);
		}
	}

}
