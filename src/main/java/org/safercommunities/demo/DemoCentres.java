package org.safercommunities.demo;

import java.time.LocalDate;
import java.util.List;

import org.safercommunities.centres.CentreDetails;
import org.safercommunities.centres.CentreResponsibilities;
import org.safercommunities.centres.CompletedTraining;

/**
 * The demo's centre records for the eleven reporting centres of the annual report. Venues are plausible Barnet
 * addresses (the seeds name the organisations, not their venues); wards are Barnet's 2022 wards. Most are
 * active since the start of last month (so last month's return shows as owed); Hft's training runs out within
 * two months; Inclusion Barnet is an applicant still missing training and a designated safeguarding lead.
 */
final class DemoCentres {

	private DemoCentres() {
	}

	record DemoCentre(String organisation, CentreDetails details, CentreResponsibilities responsibilities,
			int trainedMonthsAgo, boolean active) {

		List<CompletedTraining> training(LocalDate today) {
			return trainedMonthsAgo < 0 ? List.of()
					: List.of(new CompletedTraining("Hate Crime Lead", COURSE, today.minusMonths(trainedMonthsAgo)),
							new CompletedTraining("Front desk volunteers", COURSE, today.minusMonths(trainedMonthsAgo).plusDays(7)));
		}

	}

	static final String COURSE = "Hate crime awareness (Barnet Safer Communities Partnership and Barnet Police)";

	static List<DemoCentre> all(LocalDate today) {
		LocalDate review = today.plusMonths(8);
		return List.of(
				centre("Barnet Homes", "Barnet House, 2 Bristol Avenue, Colindale", "NW9 4EW", "E05013633",
						"Monday to Friday 9am to 5pm", List.of("en", "pl", "ro", "so"), "Step-free access, hearing loop",
						true, true, "020 8359 2000", "hatecrime@barnethomes.example", List.of(), "Hana Housing",
						"hana.housing@barnethomes.example", review, 10, true),
				centre(DemoPartnership.MENCAP, "Optimal House, 50 Station Road, Edgware", "HA8 7AB", "E05013637",
						"Monday to Friday 9.30am to 4.30pm", List.of("en", "gu", "hi"),
						"Step-free access, Easy Read forms, quiet room", true, true, "020 8201 0000",
						"reporting@barnetmencap.example", List.of("DISABILITY"), "Cleo Coordinator",
						"coordinator@barnetmencap.example", review, 4, true),
				centre("Barnet Multifaith Forum", "Hendon Town Hall, The Burroughs, Hendon", "NW4 4BG", "E05013643",
						"Tuesday and Thursday 10am to 3pm", List.of("en", "ar", "he", "ur"), "Step-free access",
						false, true, "020 8359 2001", "forum@barnetmultifaith.example", List.of("RELIGION"), "Faisal Faith",
						"faisal@barnetmultifaith.example", review, 14, true),
				centre("Community Barnet", "1255 High Road, Whetstone", "N20 0EJ", "E05013650",
						"Monday to Friday 9am to 5pm", List.of("en", "tr", "fa"), "Lift to all floors, accessible toilet",
						true, true, "020 8364 8400", "info@communitybarnet.example", List.of(), "Cath Community",
						"cath@communitybarnet.example", review, 8, true),
				centre("Community Security Trust", "Church End, Hendon", "NW4 4JT", "E05013643",
						"Monday to Thursday 9am to 5pm, Friday 9am to 2pm", List.of("en", "he", "yi"),
						"Step-free access; please ring ahead", true, false, "020 8457 9999", "barnet@cst.example",
						List.of("RELIGION"), "Sam Security", "sam@cst.example", review, 6, true),
				centre(DemoPartnership.GALOP, "Hendon Library, The Burroughs, Hendon", "NW4 4BQ", "E05013643",
						"Wednesday 1pm to 6pm (drop-in)", List.of("en", "es", "pt"), "Step-free access, gender-neutral toilet",
						true, false, "020 7704 2040", "barnet@galop.example", List.of("SEXUAL_ORIENTATION", "TRANSGENDER"),
						"Gil Galop", "gil.lead@galop.example", review, 12, true),
				centre("Hft", "Friern Barnet Road, Friern Barnet", "N11 3DS", "E05013640",
						"Monday to Friday 10am to 4pm", List.of("en"), "Step-free access, Easy Read forms",
						false, true, "020 8361 0000", "barnet@hft.example", List.of("DISABILITY"), "Harriet Hft",
						"harriet@hft.example", review, 23, true),
				centre("Homeless Action Barnet", "36b Woodhouse Road, North Finchley", "N12 0RG", "E05013651",
						"Monday, Wednesday and Friday 10am to 2pm", List.of("en", "pl", "ro", "ti"),
						"Ground floor, step-free access", true, true, "020 8446 0000", "info@hab.example", List.of(),
						"Hugo Homeless-Action", "hugo@hab.example", review, 9, true),
				new DemoCentre("Inclusion Barnet",
						new CentreDetails("Independent Living Centre, Watling Avenue, Burnt Oak", "HA8 0LP", "E05013630",
								"Monday to Friday 10am to 4pm", List.of("en", "bn"), "Step-free access, BSL by appointment",
								true, true, "020 8000 0000", "info@inclusionbarnet.example", List.of("DISABILITY")),
						new CentreResponsibilities("Ines Inclusion", "ines@inclusionbarnet.example", true, review, null),
						-1, false),
				centre("Middlesex University", "The Burroughs, Hendon", "NW4 4BT", "E05013643",
						"Term time, Monday to Friday 9am to 5pm", List.of("en", "ar", "bn", "pl", "ro", "tr"),
						"Step-free access, hearing loop at reception", true, false, "020 8411 5000",
						"hatecrime@mdx.example", List.of(), "Morgan Middlesex", "morgan@mdx.example", review, 5, true),
				centre("Your Choice Barnet", "Flower Lane, Mill Hill", "NW7 2JE", "E05013645",
						"Monday to Friday 9am to 4pm", List.of("en"), "Step-free access, changing places toilet",
						false, true, "020 8359 3000", "info@yourchoicebarnet.example", List.of("DISABILITY", "AGE"),
						"Yusuf Choice", "yusuf@yourchoicebarnet.example", review, 16, true));
	}

	private static DemoCentre centre(String organisation, String address, String postcode, String ward, String opening,
			List<String> languages, String accessibility, boolean online, boolean paper, String phone, String email,
			List<String> strands, String lead, String leadEmail, LocalDate review, int trainedMonthsAgo, boolean active) {
		return new DemoCentre(organisation, new CentreDetails(address, postcode, ward, opening, languages, accessibility,
				online, paper, phone, email, strands),
				new CentreResponsibilities(lead, leadEmail, true, review, "Designated Safeguarding Lead, " + organisation),
				trainedMonthsAgo, active);
	}

}
