package org.safercommunities.referrals;

/** A receiver's words on a referral: the reason for declining it, or the outcome when completing it. */
public class ReferralAnswerForm {

	static final int MAX = 2000;

	private String text;

	public String getText() { return text; }
	public void setText(String text) { this.text = text; }

}
