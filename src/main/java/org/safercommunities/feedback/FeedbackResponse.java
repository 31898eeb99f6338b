package org.safercommunities.feedback;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.crypto.EncryptedText;
import org.safercommunities.feedback.SurveyAnswers.Again;
import org.safercommunities.feedback.SurveyAnswers.Quote;
import org.safercommunities.feedback.SurveyAnswers.Support;
import org.safercommunities.feedback.SurveyAnswers.Theme;
import org.safercommunities.feedback.SurveyAnswers.YesPartlyNo;

/**
 * One person's answers. Every answer is personal data about a crime against them, so each is encrypted at rest
 * (the codes too: a column of "NO" next to a report id says something about that person). The report's channel,
 * ward and strands are copied for the satisfaction figures.
 */
@Entity
@Table(name = "feedback_response")
class FeedbackResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "invitation_id", nullable = false, updatable = false)
	private long invitationId;

	@Column(name = "answered_on", nullable = false)
	private LocalDate answeredOn;

	@Convert(converter = EncryptedText.class)
	@Column(name = "listened_to", nullable = false)
	private String listenedTo;

	@Convert(converter = EncryptedText.class)
	@Column(name = "kept_informed", nullable = false)
	private String keptInformed;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String support;

	@Convert(converter = EncryptedText.class)
	@Column(name = "report_again", nullable = false)
	private String reportAgain;

	@Convert(converter = EncryptedText.class)
	private String comment;

	@Convert(converter = EncryptedText.class)
	@Column(name = "quote_consent", nullable = false)
	private String quoteConsent;

	@Column(nullable = false)
	private String channel;

	@Column(name = "ward_code")
	private String wardCode;

	private String strands;

	private String themes;

	@Column(name = "annual_report_quote", nullable = false)
	private boolean annualReportQuote;

	protected FeedbackResponse() {
	}

	FeedbackResponse(long invitationId, LocalDate answeredOn, SurveyForm form, String channel, String wardCode,
			Set<String> strands) {
		this.invitationId = invitationId;
		this.answeredOn = answeredOn;
		this.listenedTo = form.getListenedTo();
		this.keptInformed = form.getKeptInformed();
		this.support = form.getSupport();
		this.reportAgain = form.getReportAgain();
		this.comment = form.comment();
		this.quoteConsent = form.comment() == null ? Quote.NO.name() : form.getQuoteConsent();
		this.channel = channel;
		this.wardCode = wardCode;
		this.strands = strands.isEmpty() ? null : String.join(",", strands.stream().sorted().toList());
	}

	/** Officers' themes; the comment chosen for the annual report only where the person agreed to be quoted. */
	void tag(List<Theme> chosen, boolean forAnnualReport) {
		if (forAnnualReport && (!isQuoteConsented() || comment == null)) {
			throw new IllegalStateException("no consent to quote this comment");
		}
		this.themes = chosen.isEmpty() ? null : String.join(",", chosen.stream().map(Theme::name).toList());
		this.annualReportQuote = forAnnualReport;
	}

	public Long getId() { return id; }
	public long getInvitationId() { return invitationId; }
	public LocalDate getAnsweredOn() { return answeredOn; }
	public YesPartlyNo getListenedTo() { return YesPartlyNo.valueOf(listenedTo); }
	public YesPartlyNo getKeptInformed() { return YesPartlyNo.valueOf(keptInformed); }
	public Support getSupport() { return Support.valueOf(support); }
	public Again getReportAgain() { return Again.valueOf(reportAgain); }
	public String getComment() { return comment; }
	public boolean isQuoteConsented() { return Quote.YES.name().equals(quoteConsent); }
	public String getChannel() { return channel; }
	public String getWardCode() { return wardCode; }
	public List<String> getStrands() { return strands == null ? List.of() : List.of(strands.split(",")); }
	public List<Theme> getThemes() {
		return themes == null ? List.of() : Arrays.stream(themes.split(",")).map(Theme::valueOf).toList();
	}
	public boolean isAnnualReportQuote() { return annualReportQuote; }

}
