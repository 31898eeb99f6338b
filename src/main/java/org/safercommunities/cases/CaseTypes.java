package org.safercommunities.cases;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed list of case types: every type for the pages, the active ones for forms, and its administration. */
@Service
@Transactional
public class CaseTypes {

	private final CaseTypeRepository types;

	private final AuditTrail audit;

	CaseTypes(CaseTypeRepository types, AuditTrail audit) {
		this.types = types;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<CaseType> all() {
		return types.findAllByOrderByDisplayOrderAscNameAsc();
	}

	/** The types a new case (or a change of type) may take. */
	@Transactional(readOnly = true)
	public List<CaseType> active() {
		return all().stream().filter(CaseType::isActive).toList();
	}

	/** The types a case of this type may be changed to: the active ones, and its own even when retired. */
	@Transactional(readOnly = true)
	public List<CaseType> offeredFor(String currentCode) {
		return all().stream().filter(type -> type.isActive() || type.getCode().equals(currentCode)).toList();
	}

	@Transactional(readOnly = true)
	public Map<String, String> names() {
		return all().stream().collect(Collectors.toMap(CaseType::getCode, CaseType::getName));
	}

	@Transactional(readOnly = true)
	public Optional<CaseType> find(String code) {
		return code == null ? Optional.empty() : types.findById(code);
	}

	@Transactional(readOnly = true)
	public boolean nameInUse(String name) {
		return types.existsByNameIgnoreCase(name.strip());
	}

	@PreAuthorize("hasRole('ADMIN')")
	public CaseType add(String name) {
		String code = codeFor(name);
		String unique = code;
		for (int n = 2; types.existsById(unique); n++) {
			unique = code + "_" + n;
		}
		int order = all().stream().mapToInt(CaseType::getDisplayOrder).max().orElse(0) + 10;
		CaseType type = types.save(new CaseType(unique, name.strip(), order));
		audit.record("CASE_TYPE_ADDED", "case_type", unique, null);
		return type;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void rename(String code, String name) {
		require(code).rename(name.strip());
		audit.record("CASE_TYPE_RENAMED", "case_type", code, null);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void retire(String code) {
		require(code).retire();
		audit.record("CASE_TYPE_RETIRED", "case_type", code, null);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void restore(String code) {
		require(code).restore();
		audit.record("CASE_TYPE_RESTORED", "case_type", code, null);
	}

	private CaseType require(String code) {
		return types.findById(code).orElseThrow(() -> new CaseTypeNotFound(code));
	}

	/** A stable code from a name: upper case letters and digits joined by underscores, e.g. {@code NOISE_NUISANCE}. */
	static String codeFor(String name) {
		String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String code = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (code.isEmpty()) {
			code = "TYPE";
		}
		return code.length() > 34 ? code.substring(0, 34) : code;
	}

	/** No case type has this code: answered 404. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class CaseTypeNotFound extends RuntimeException {

		CaseTypeNotFound(String code) {
			super("No case type " + code);
		}

	}

}
