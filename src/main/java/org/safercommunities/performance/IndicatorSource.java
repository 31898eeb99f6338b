package org.safercommunities.performance;

/** Where an indicator's monthly counts come from. */
enum IndicatorSource {

	/** Hate crime and incident reports made through this service, by strand. */
	OWN_REPORTS,
	/** The same, taken by a Hate Crime Reporting Centre. */
	OWN_CENTRE_REPORTS,
	/** police.uk street-level crime and ASB (imports module, table street_crime), filtered by crime type. */
	POLICE_STREET,
	/** Police recorded hate crime counts by strand (imports module, table hate_crime_count). */
	POLICE_HATE,
	/** Contacts recorded in reporting centres' monthly returns, in the product and outside it (centres module). */
	CENTRE_RETURNS,
	/** Hate crime awareness training completed by reporting centre staff (centres module). */
	CENTRE_TRAINING,
	/** Defined in the strategy but not collected by the product yet. */
	NOT_YET_COLLECTED;

	public boolean collected() {
		return this != NOT_YET_COLLECTED;
	}

	public boolean ownRecords() {
		return this == OWN_REPORTS || this == OWN_CENTRE_REPORTS;
	}

	/** Message key of the attribution line the data needs, or null for the product's own records. */
	public String attributionKey() {
		return switch (this) {
			case POLICE_STREET -> "performance.attribution.police-uk";
			case POLICE_HATE -> "performance.attribution.mps";
			default -> null;
		};
	}

}
