package org.safercommunities.cases;

/**
 * The case list's search and filters, as given in the address (all optional): {@code q} a case reference, or a
 * name, phone number, e-mail address or postcode looked up exactly through the people module; {@code type},
 * {@code status}, {@code ward}; {@code scope} {@code mine} (cases I own) or {@code organisation} (my organisation's
 * own, not those shared with it); {@code repeat} {@code places} (cases at a repeat place); {@code place} a case's
 * id: the cases opened at its place within the repeat-place window; {@code page} from 1.
 */
public record CaseQuery(String q, String type, String status, String ward, Long owner, String scope, String repeat,
		Long place, Integer page) {

	static final int PAGE_SIZE = 25;

	/** The list counts matching cases up to this many; beyond it, it says "more than" (a bounded query per page). */
	static final int COUNT_LIMIT = 1000;

	public int pageNumber() {
		return page == null || page < 1 ? 1 : page;
	}

	public boolean mine() {
		return "mine".equals(scope);
	}

	public boolean ownOrganisation() {
		return "organisation".equals(scope);
	}

	public boolean repeatPlaces() {
		return "places".equals(repeat);
	}

	/** The cases at one case's place, as its page's repeat-place panel links to. */
	static CaseQuery atPlaceOf(long caseId) {
		return new CaseQuery(null, null, null, null, null, null, null, caseId, 1);
	}

	/** The same search on another page, for the paging links. */
	public CaseQuery onPage(int number) {
		return new CaseQuery(q, type, status, ward, owner, scope, repeat, place, number);
	}

}
