package org.safercommunities.reporting;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "support wanted" answers of reports ({@link ReportCodes.SupportKind} names), so a referral can be suggested
 * to the matching organisation. Codes only: nothing that names anyone, so nothing to audit.
 */
@Service
public class ReportSupportWanted {

	private final ReportRepository reports;

	ReportSupportWanted(ReportRepository reports) {
		this.reports = reports;
	}

	/** Every kind of support asked for in these reports, in the order first asked; empty when none wanted any. */
	@Transactional(readOnly = true)
	public Set<String> kinds(Collection<Long> reportIds) {
		Set<String> kinds = new LinkedHashSet<>();
		reports.findAllById(reportIds).stream().filter(Report::isSupportWanted)
			.forEach(report -> kinds.addAll(report.getSupportKinds()));
		return kinds;
	}

}
