package org.safercommunities.system;

import java.util.Comparator;
import java.util.List;

import org.safercommunities.shared.StaffActor;
import org.springframework.stereotype.Component;

/** Collects every module's navigation entries and picks those a staff member may see. */
@Component
class StaffNavigation {

	private final List<NavigationItem> items;

	StaffNavigation(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	List<VisibleItem> itemsFor(StaffActor actor, String requestPath) {
		return items.stream()
			.filter(item -> item.visibleTo(actor))
			.map(item -> new VisibleItem(item.messageKey(), item.path(), item.isCurrent(requestPath)))
			.toList();
	}

	List<NavigationItem> cardsFor(StaffActor actor) {
		return items.stream().filter(item -> item.visibleTo(actor) && !item.path().equals("/staff")).toList();
	}

	record VisibleItem(String messageKey, String path, boolean active) {
	}

}
