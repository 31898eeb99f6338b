package org.safercommunities.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;

import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.reporting.ReportingSettings;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the entry form needs, for officers and owners alike: its choices, and its rules. */
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

	/** The rules of the form for an entry of this type, as of today. */
	EntryFormValidator validator(EntryType type, boolean requireOwner) {
		return new EntryFormValidator(new HashSet<>(wards.all().stream().map(Ward::getCode).toList()),
				new HashSet<>(reporting.strands()), type, requireOwner, LocalDate.now(clock));
	}

}
