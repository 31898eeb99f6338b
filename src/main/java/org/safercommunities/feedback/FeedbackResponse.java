package org.safercommunities.feedback;

import java.time.LocalDate;
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

	Long getId() { return id; }
	long getInvitationId() { return invitationId; }
	LocalDate getAnsweredOn() { return answeredOn; }
	YesPartlyNo getListenedTo() { return YesPartlyNo.valueOf(listenedTo); }
	YesPartlyNo getKeptInformed() { return YesPartlyNo.valueOf(keptInformed); }
	Support getSupport() { return Support.valueOf(support); }
	Again getReportAgain() { return Again.valueOf(reportAgain); }
	String getComment() { return comment; }
	boolean isQuoteConsented() { return Quote.YES.name().equals(quoteConsent); }
	String getChannel() { return channel; }
	String getWardCode() { return wardCode; }
	String getStrands() { return strands; }

}
