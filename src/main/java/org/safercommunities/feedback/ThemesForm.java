package org.safercommunities.feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An officer's themes for one comment, and whether it is chosen for the annual report. */
class ThemesForm implements Serializable {

	private List<String> themes = new ArrayList<>();
	private boolean forAnnualReport;

	public List<String> getThemes() { return themes; }
	public void setThemes(List<String> themes) { this.themes = themes == null ? new ArrayList<>() : themes; }
	public boolean isForAnnualReport() { return forAnnualReport; }
	public void setForAnnualReport(boolean forAnnualReport) { this.forAnnualReport = forAnnualReport; }

}
