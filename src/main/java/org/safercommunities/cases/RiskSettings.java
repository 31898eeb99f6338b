package org.safercommunities.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the risk assessment's score turns into a level ({@code safer.cases.risk.*}).
 * <p>The defaults, on a scale of 0 to 18 (fourteen questions, four weighted 2): <b>medium from 5</b>, a little over a
 * quarter of the scale, is reached by five ordinary factors or by two weighted ones and one more (fear and violence
 * alone already make a case medium through the critical rule); <b>high from 10</b>, over half of the scale, needs
 * harm and vulnerability together (say fear, threats, an adult at risk and a few repeat or impact factors). This
 * follows the ASB matrix's intent that high risk means several serious factors at once, never one answer alone;
 * a partnership that calibrates differently sets its own values.
 *
 * @param mediumFrom the lowest score that is medium risk
 * @param highFrom the lowest score that is high risk
 */
@ConfigurationProperties("safer.cases.risk")
record RiskSettings(@DefaultValue("5") int mediumFrom, @DefaultValue("10") int highFrom) {

	RiskSettings {
		if (mediumFrom < 1 || highFrom <= mediumFrom) {
			throw new IllegalArgumentException(
					"safer.cases.risk needs 0 < medium-from < high-from, not " + mediumFrom + " and " + highFrom);
		}
	}

	static RiskSettings defaults() {
		return new RiskSettings(5, 10);
	}

}
