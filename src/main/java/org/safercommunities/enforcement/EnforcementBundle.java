package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.system.PdfDocuments;
import org.springframework.stereotype.Component;

/**
 * The court bundle of a case's enforcement record as an accessible PDF (as the case report and MARAC minutes are):
 * tools and powers, breaches, fixed penalty notices and evidence references, with a professional witness's identity
 * redacted. What it holds, and the audit of it, come from {@link EnforcementRegister#bundle}.
 */
@Component
class EnforcementBundle {

	private final EnforcementRegister register;

	private final PdfDocuments pdfs;

	EnforcementBundle(EnforcementRegister register, PdfDocuments pdfs) {
		this.register = register;
		this.pdfs = pdfs;
	}

	byte[] pdf(long caseId, Locale locale) {
		EnforcementRegister.Bundle bundle = register.bundle(caseId);
		return pdfs.render("pdf/enforcement-bundle",
				Map.of("bundle", bundle, "madeOn", UkDates.day(LocalDate.now(UkTime.ZONE))), locale);
	}

}
