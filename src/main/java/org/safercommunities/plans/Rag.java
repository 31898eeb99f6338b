package org.safercommunities.plans;

/** The RAG status a lead gives an action (stored); what a page shows is {@link ActionStatus}. */
enum Rag {

	NOT_STARTED, RED, AMBER, GREEN, COMPLETE;

	public String messageKey() {
		return "plans.rag." + name();
	}

}
