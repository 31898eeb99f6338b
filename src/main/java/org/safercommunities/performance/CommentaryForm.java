package org.safercommunities.performance;

/** The analyst's commentary on an indicator's month, as typed. */
class CommentaryForm {

	private String body;

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
