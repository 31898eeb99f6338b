package org.safercommunities.feedback;

import java.io.Serializable;

import org.springframework.util.StringUtils;

/** The survey as typed: four closed questions, an optional comment, and whether it may be quoted. */
class SurveyForm implements Serializable {

	private String listenedTo;
	private String keptInformed;
	private String support;
	private String reportAgain;
	private String comment;
	private String quoteConsent;

	/** The comment without surrounding space, or null when none was written. */
	String comment() {
		return StringUtils.hasText(comment) ? comment.strip() : null;
	}

	public String getListenedTo() { return listenedTo; }
	public void setListenedTo(String listenedTo) { this.listenedTo = listenedTo; }
	public String getKeptInformed() { return keptInformed; }
	public void setKeptInformed(String keptInformed) { this.keptInformed = keptInformed; }
	public String getSupport() { return support; }
	public void setSupport(String support) { this.support = support; }
	public String getReportAgain() { return reportAgain; }
	public void setReportAgain(String reportAgain) { this.reportAgain = reportAgain; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment; }
	public String getQuoteConsent() { return quoteConsent; }
	public void setQuoteConsent(String quoteConsent) { this.quoteConsent = quoteConsent; }

}
