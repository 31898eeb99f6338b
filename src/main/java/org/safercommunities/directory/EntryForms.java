package org.safercommunities.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;

import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.reporting.ReportingSettings;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/** What the entry form needs, for officers and owners alike: its choices, and its validation. */
@Component
class EntryForms {

	private final Wards wards;

	private final ReportingSettings reporting;

	private final Clock clock;

	EntryForms(Wards wards, ReportingSettings reporting, Clock clock) {
		this.wards = wards;
		this.reporting = reporting;
		this.clock = clock;
	}

	void addChoices(Model model) {
		model.addAttribute("wards", wards.all());
		model.addAttribute("strands", reporting.strands());
		model.addAttribute("accessFeatures", AccessFeature.codes());
		model.addAttribute("categories", SupportCategory.codes());
		model.addAttribute("weekdays", Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name).toList());
	}

	Optional<EntryDetails> validate(EntryForm form, EntryType type, boolean requireOwner, Errors errors) {
		var validator = new EntryFormValidator(new HashSet<>(wards.all().stream().map(Ward::getCode).toList()),
				new HashSet<>(reporting.strands()));
		return validator.validate(form, type, requireOwner, LocalDate.now(clock), errors);
	}

}
