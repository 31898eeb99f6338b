package org.safercommunities.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safercommunities.geography.Geography;
import org.safercommunities.geography.Wards;
import org.springframework.stereotype.Component;

/** The areas the dashboard offers: London's boroughs, and the partnership borough's wards. */
@Component
class Areas {

	private final Geography geography;

	private final Wards wards;

	private final PerformanceSettings settings;

	private volatile List<AreaChoice> boroughs;

	private volatile List<AreaChoice> homeWards;

	Areas(Geography geography, Wards wards, PerformanceSettings settings) {
		this.geography = geography;
		this.wards = wards;
		this.settings = settings;
	}

	/** London's boroughs, by name; reference data, read once it has been loaded. */
	List<AreaChoice> boroughs() {
		List<AreaChoice> cached = boroughs;
		if (cached == null) {
			cached = geography.boroughs().stream()
				.map(borough -> new AreaChoice(AreaType.BOROUGH, borough.code(), borough.name()))
				.toList();
			boroughs = cached.isEmpty() ? null : cached;
		}
		return cached;
	}

	/** The partnership borough's wards, by name; reference data, read once it has been loaded. */
	List<AreaChoice> homeWards() {
		List<AreaChoice> cached = homeWards;
		if (cached == null) {
			cached = wards.all().stream()
				.filter(ward -> ward.getBoroughCode().equals(settings.homeBorough()))
				.map(ward -> new AreaChoice(AreaType.WARD, ward.getCode(), ward.getName()))
				.toList();
			homeWards = cached.isEmpty() ? null : cached;
		}
		return cached;
	}

	/** Boroughs, then (for indicators kept by ward) the home borough's wards. */
	List<AreaChoice> choicesFor(Indicator indicator) {
		List<AreaChoice> choices = new ArrayList<>(boroughs());
		if (indicator.hasWards()) {
			choices.addAll(homeWards());
		}
		return choices;
	}

	AreaChoice home() {
		return find(settings.homeBorough(), true).orElse(new AreaChoice(AreaType.BOROUGH, settings.homeBorough(),
				settings.homeBorough()));
	}

	/** The requested area if offered, else the home borough. */
	AreaChoice resolve(String code, boolean wardsAllowed) {
		return (code == null || code.isBlank()) ? home() : find(code.strip(), wardsAllowed).orElse(home());
	}

	private Optional<AreaChoice> find(String code, boolean wardsAllowed) {
		Optional<AreaChoice> borough = boroughs().stream().filter(area -> area.code().equals(code)).findFirst();
		if (borough.isPresent() || !wardsAllowed) {
			return borough;
		}
		return homeWards().stream().filter(area -> area.code().equals(code)).findFirst();
	}

}
