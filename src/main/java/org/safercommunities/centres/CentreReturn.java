package org.safercommunities.centres;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A centre's monthly monitoring return: the product's own count of the reports taken at the centre that month
 * (kept as it was when sent or last corrected), plus what the centre took outside the product, and a comment.
 * Corrections keep their reason and what changed.
 */
@Entity
@Table(name = "centre_return")
class CentreReturn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "return_month", nullable = false, updatable = false)
	private LocalDate returnMonth;

	@Column(name = "in_product_total", nullable = false)
	private int inProductTotal;

	@Column(name = "outside_total", nullable = false)
	private int outsideTotal;

	@Column(nullable = false)
	private int total;

	private String comment;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Column(name = "submitted_by", nullable = false, updatable = false)
	private String submittedBy;

	@Column(name = "corrected_at")
	private Instant correctedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "centre_return_count", joinColumns = @JoinColumn(name = "return_id"))
	private Set<ReturnCount> counts = new HashSet<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "return_id", nullable = false)
	@OrderBy("correctedAt desc, id desc")
	private List<ReturnCorrection> corrections = new ArrayList<>();

	protected CentreReturn() {
	}

	CentreReturn(long organisationId, YearMonth month, Map<String, Integer> inProduct, Map<String, Integer> outside,
			String comment, Instant at, String by) {
		this.organisationId = organisationId;
		this.returnMonth = month.atDay(1);
		this.submittedAt = at;
		this.submittedBy = by;
		record(inProduct, outside, comment);
	}

	void correct(Map<String, Integer> inProduct, Map<String, Integer> outside, String comment, String reason,
			String changes, Instant at, String by) {
		record(inProduct, outside, comment);
		corrections.add(0, new ReturnCorrection(at, by, reason, changes));
		correctedAt = at;
	}

	private void record(Map<String, Integer> inProduct, Map<String, Integer> outside, String comment) {
		counts.clear();
		inProduct.forEach((key, amount) -> {
			if (amount != 0) {
				counts.add(new ReturnCount(ReturnCount.IN_PRODUCT, key, amount));
			}
		});
		outside.forEach((key, amount) -> {
			if (amount != 0) {
				counts.add(new ReturnCount(ReturnCount.OUTSIDE, key, amount));
			}
		});
		this.inProductTotal = ReturnRows.total(inProduct);
		this.outsideTotal = ReturnRows.total(outside);
		this.total = inProductTotal + outsideTotal;
		this.comment = comment;
	}

	Map<String, Integer> figures(String source) {
		Map<String, Integer> figures = new LinkedHashMap<>();
		counts.stream().filter(count -> count.source().equals(source))
			.forEach(count -> figures.put(count.key(), count.amount()));
		return figures;
	}

	public Map<String, Integer> getInProduct() { return figures(ReturnCount.IN_PRODUCT); }
	public Map<String, Integer> getOutside() { return figures(ReturnCount.OUTSIDE); }
	public Long getId() { return id; }
	public Long getOrganisationId() { return organisationId; }
	public YearMonth getMonth() { return YearMonth.from(returnMonth); }
	public int getInProductTotal() { return inProductTotal; }
	public int getOutsideTotal() { return outsideTotal; }
	public int getTotal() { return total; }
	public String getComment() { return comment; }
	public Instant getSubmittedAt() { return submittedAt; }
	public String getSubmittedBy() { return submittedBy; }
	public Instant getCorrectedAt() { return correctedAt; }
	public List<ReturnCorrection> getCorrections() { return List.copyOf(corrections); }

}
