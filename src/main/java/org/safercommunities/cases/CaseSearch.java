package org.safercommunities.cases;

import java.util.ArrayList;
import java.util.List;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.People;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordAccess.Visibility;
import org.safercommunities.shared.StaffActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The case list, its search and its export, under the same rule as the page ({@link CaseAccess#LOCKED_VIEW} for
 * which cases, {@link CaseAccess#VIEW} for what of them): cases the person's organisation owns, and cases shared
 * with it; a case shared only locked shows its reference and type. A name, phone, e-mail or postcode is looked up
 * through the people module's blind indexes, and a postcode also through the cases' place index ({@link RepeatPlaces});
 * the place itself is encrypted, so other places are searched by ward.
 */
@Service
public class CaseSearch {

	private final JdbcClient jdbc;

	private final People people;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	private final RepeatPlaces places;

	private final CaseFiles cases;

	CaseSearch(JdbcClient jdbc, People people, FieldEncryption encryption, AuditTrail audit, RepeatPlaces places,
			CaseFiles cases) {
		this.jdbc = jdbc;
		this.people = people;
		this.encryption = encryption;
		this.audit = audit;
		this.places = places;
		this.cases = cases;
	}

	/**
	 * One page of the cases this person may see that match, newest first, and how many match in all, counted up
	 * to {@link CaseQuery#COUNT_LIMIT} (beyond it the page says "more than": an exact count read every visible
	 * case on every page, 145,000 of them for the council in the benchmark).
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	@Transactional(readOnly = true)
	public Page search(CaseQuery query) {
		Sql sql = sql(CurrentActor.require(), query);
		if (sql == null) {
			return new Page(List.of(), 0, 1, false, false);
		}
		long counted = jdbc.sql("select count(*) from (select 1 from case_file c where " + sql.where + " limit "
				+ (CaseQuery.COUNT_LIMIT + 1) + ") counted").params(sql.params).query(Long.class).single();
		boolean more = counted > CaseQuery.COUNT_LIMIT;
		int offset = (query.pageNumber() - 1) * CaseQuery.PAGE_SIZE;
		// One row beyond the page says whether there is a next one where the count stopped short.
		List<CaseRow> rows = rows(sql, " limit " + (CaseQuery.PAGE_SIZE + 1) + " offset " + offset);
		boolean next = rows.size() > CaseQuery.PAGE_SIZE;
		return new Page(next ? rows.subList(0, CaseQuery.PAGE_SIZE) : rows, Math.min(counted, CaseQuery.COUNT_LIMIT),
				query.pageNumber(), more, next);
	}

	/** Every matching case, for the CSV export (audited: who exported, how many rows). */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	@Transactional
	public List<CaseRow> export(CaseQuery query) {
		Sql sql = sql(CurrentActor.require(), query);
		List<CaseRow> rows = sql == null ? List.of() : rows(sql, "");
		audit.record("CASES_EXPORTED", "case_file", null, rows.size() + " rows");
		return rows;
	}

	/** The owners of the person's own organisation's cases, by name, for the list's owner filter. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	@Transactional(readOnly = true)
	public List<Owner> owners() {
		Long organisation = RecordAccess.visibility(CurrentActor.require(), CaseAccess.VIEW).ownOrganisation();
		if (organisation == null) {
			return List.of();
		}
		// Each owner's name as on their latest case. The names are encrypted (a fresh ciphertext on every case), so
		// "select distinct" returned, and this decrypted, one row per case; the owners are found by skipping
		// through ix_case_file_org_owner, one probe per owner, so the organisation's cases are not all read.
		return jdbc.sql("""
				with recursive owner_ids (id) as (
				  select min(owner_user_id) from case_file where owning_organisation_id = :organisation
				  union all
				  select (select min(n.owner_user_id) from case_file n
				          where n.owning_organisation_id = :organisation and n.owner_user_id > o.id)
				  from owner_ids o where o.id is not null)
				select c.owner_user_id, c.owner_name from case_file c
				where c.id in (select (select max(l.id) from case_file l
				                       where l.owning_organisation_id = :organisation and l.owner_user_id = o.id)
				               from owner_ids o where o.id is not null)""")
			.param("organisation", organisation)
			.query((rs, row) -> new Owner(rs.getLong(1), encryption.decrypt(rs.getString(2))))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Owner::name))
			.toList();
	}

	/** Someone who owns cases. */
	public record Owner(long id, String name) {
	}

	private List<CaseRow> rows(Sql sql, String limit) {
		List<Object> params = new ArrayList<>(List.of(places.windowStart(), places.threshold()));
		params.addAll(sql.params);
		return jdbc.sql("select c.id, c.reference, c.type_code, c.status, c.ward_code, c.owner_name, c.opened_on, "
				+ "c.owning_organisation_id, " + sql.lockedColumn + ", " + REPEAT_PLACE_COLUMN + " from case_file c where "
				+ sql.where + " order by c.opened_at desc, c.id desc" + limit)
			.params(params)
			.query((rs, row) -> rs.getBoolean(9)
					? CaseRow.lockedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(8))
					: new CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3),
							CaseCodes.Status.valueOf(rs.getString(4)), rs.getString(5), encryption.decrypt(rs.getString(6)),
							rs.getObject(7, java.time.LocalDate.class), rs.getLong(8), false, rs.getBoolean(10)))
			.list();
	}

	/** Whether the row's place is a repeat place: its window start and threshold are the first two parameters. */
	private static final String REPEAT_PLACE_COLUMN = "case when c.place_key is not null and (select count(*) from "
			+ "case_file r where r.place_key = c.place_key and r.opened_on >= ?) >= ? then true else false end";

	/** The visibility rule and the filters as SQL; null when the person may see no case at all. */
	private Sql sql(StaffActor actor, CaseQuery query) {
		Visibility visibility = RecordAccess.visibility(actor, CaseAccess.LOCKED_VIEW);
		if (visibility.nothing()) {
			return null;
		}
		List<Object> params = new ArrayList<>();
		List<String> any = new ArrayList<>();
		if (visibility.ownOrganisation() != null) {
			any.add("c.owning_organisation_id = ?");
			params.add(visibility.ownOrganisation());
		}
		if (visibility.sharedWithOrganisation() != null) {
			// "in", not "or exists": PostgreSQL priced the correlated form once per case (1.7 million for 200,000
			// cases), over its JIT threshold, and compiled every list query for up to a second.
			any.add("c.id in (select s.case_id from case_share s where s.organisation_id = ?)");
			params.add(visibility.sharedWithOrganisation());
		}
		StringBuilder where = new StringBuilder("(" + String.join(" or ", any) + ")");
		// Locked: reached only through a locked share (not owned, no whole share with the organisation).
		String locked = "case when c.owning_organisation_id = " + actor.organisationId() + " then false "
				+ "when c.id in (select w.case_id from case_share w where w.organisation_id = " + actor.organisationId()
				+ " and w.level = 'WHOLE') then false else true end";
		if (StringUtils.hasText(query.q())) {
			String typed = query.q().strip();
			if (CaseReferences.looksLikeReference(typed)) {
				where.append(" and c.reference = ?");
				params.add(CaseReferences.normalise(typed));
			}
			else {
				List<String> matches = new ArrayList<>();
				List<Long> personIds = people.find(typed);
				if (!personIds.isEmpty()) {
					matches.add("exists (select 1 from case_party p where p.case_id = c.id and p.person_id in ("
							+ String.join(", ", personIds.stream().map(id -> "?").toList()) + "))");
					params.addAll(personIds);
				}
				if (PlacePostcode.isOnlyPostcode(typed)) {
					// A postcode on its own is also a place; a locked row does not show its place.
					matches.add("(c.place_key = ? and not (" + locked + "))");
					params.add(places.keyOf(typed));
				}
				where.append(matches.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", matches) + ")");
			}
		}
		if (StringUtils.hasText(query.type())) {
			where.append(" and c.type_code = ?");
			params.add(query.type());
		}
		// Filters on what a locked row does not show (status, ward, owner) leave locked rows out.
		if (StringUtils.hasText(query.status())) {
			where.append(" and c.status = ? and not (" + locked + ")");
			params.add(query.status());
		}
		if (StringUtils.hasText(query.ward())) {
			where.append(" and c.ward_code = ? and not (" + locked + ")");
			params.add(query.ward());
		}
		if (query.owner() != null) {
			where.append(" and c.owner_user_id = ? and not (" + locked + ")");
			params.add(query.owner());
		}
		if (query.repeatPlaces()) {
			where.append(" and c.place_key in (select r.place_key from case_file r where r.place_key is not null"
					+ " and r.opened_on >= ? group by r.place_key having count(*) >= ?) and not (" + locked + ")");
			params.add(places.windowStart());
			params.add(places.threshold());
		}
		if (query.place() != null) {
			// Only from a case the person may see whole: otherwise the list would tell where a hidden case is.
			CaseFile at = cases.require(query.place(), CaseAccess.VIEW);
			where.append(at.getPlaceKey() == null ? " and 1 = 0"
					: " and c.place_key = ? and c.opened_on >= ? and not (" + locked + ")");
			if (at.getPlaceKey() != null) {
				params.add(at.getPlaceKey());
				params.add(places.windowStart());
			}
		}
		if (query.mine()) {
			where.append(" and c.owner_user_id = ?");
			params.add(actor.userId());
		}
		if (query.ownOrganisation()) {
			where.append(" and c.owning_organisation_id = ?");
			params.add(actor.organisationId());
		}
		return new Sql(where.toString(), locked, params);
	}

	private record Sql(String where, String lockedColumn, List<Object> params) {
	}

	/**
	 * One page of the list; {@code number} from 1. When {@code more}, {@code total} is a lower bound (more than
	 * {@link CaseQuery#COUNT_LIMIT} match) and so is {@link #pages()}.
	 */
	public record Page(List<CaseRow> rows, long total, int number, boolean more, boolean next) {

		public int pages() {
			int counted = (int) Math.max(1, (total + CaseQuery.PAGE_SIZE - 1) / CaseQuery.PAGE_SIZE);
			return more ? Math.max(counted, number + (next ? 1 : 0)) : counted;
		}

		public boolean hasPrevious() {
			return number > 1;
		}

		public boolean hasNext() {
			return next;
		}

	}

}
