package org.safercommunities.reporting;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The assisted report's rules: the staff-only steps of Process Map 1 (how it came in, 999, the 101 call for a
 * paper form), then every question of the public report that applies, by {@link ReportValidator}.
 */
@Component
class AssistedReportFormValidator implements Validator {

	static final Set<String> ASSISTED_CHANNELS = Set.of("PHONE", "IN_PERSON", "HUB", "PAPER");

	private final ReportValidator answers;

	AssistedReportFormValidator(ReportValidator answers) {
		this.answers = answers;
	}

	@Override
	public boolean supports(Class<?> type) {
		return AssistedReportForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AssistedReportForm form = (AssistedReportForm) target;
		if (form.getChannel() == null || !ASSISTED_CHANNELS.contains(form.getChannel())) {
			errors.rejectValue("channel", "reporting.staff.error.channel");
		}
		if (form.reportsDanger()) {
			if (!"YES".equals(form.getEmergencyCallMade()) && !"NO".equals(form.getEmergencyCallMade())) {
				errors.rejectValue("emergencyCallMade", "reporting.staff.error.emergency-call");
			}
			else if ("YES".equals(form.getEmergencyCallMade())
					&& AssistedReportForm.time(form.getEmergencyCalledTime()) == null) {
				errors.rejectValue("emergencyCalledTime", "reporting.staff.error.time");
			}
		}
		if ("PAPER".equals(form.getChannel()) && form.wantsPolice()) {
			// Seed 003, Appendix 3: paper reports go to the police the same day, who are told on 101.
			if (!"YES".equals(form.getPoliceInformedByPhone()) && !"NO".equals(form.getPoliceInformedByPhone())) {
				errors.rejectValue("policeInformedByPhone", "reporting.staff.error.police-informed");
			}
			else if ("YES".equals(form.getPoliceInformedByPhone())
					&& AssistedReportForm.time(form.getPoliceInformedTime()) == null) {
				errors.rejectValue("policeInformedTime", "reporting.staff.error.time");
			}
		}
		answers.validateAll(form, errors);
	}

}
