package org.safercommunities.imports;

import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreetCrimeValidatorTests {

	static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
			+ "LSOA name,Crime type,Last outcome category,Context";

	static final String ID = "4a14d4745da0a2219ecf913fdc28a0c84ae8408954cac6a0bf7cc46767bb7d26";

	final StreetCrimeValidator validator = new StreetCrimeValidator(
			StreetCrimeColumns.of(List.of(HEADER.split(","))), "2023-01", "City of London Police");

	@Test
	void aGoodRowIsKept() {
		Object row = check(ID + ",2023-01,City of London Police,City of London Police,-0.106220,51.518275,"
				+ "On or near B500,E01000916,Camden 027B,Other theft,Status update unavailable,");

		assertThat(row).isEqualTo(new StreetCrimeRow(1, ID, "Other theft", -0.10622, 51.518275, "E01000916",
				"Status update unavailable"));
	}

	@Test
	void antisocialBehaviourWithoutACrimeIdOrALocationIsKept() {
		Object row = check(",2023-01,City of London Police,City of London Police,,,No Location,,,Anti-social behaviour,,");

		assertThat(row).isEqualTo(new StreetCrimeRow(1, null, "Anti-social behaviour", null, null, null, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2023-1   | -0.1   | 51.5  | Burglary  | E01000916 | imports.reject.month-format
			2023-02  | -0.1   | 51.5  | Burglary  | E01000916 | imports.reject.month-mismatch
			2023-01  | abc    | 51.5  | Burglary  | E01000916 | imports.reject.coordinates-format
			2023-01  | -0.1   |       | Burglary  | E01000916 | imports.reject.coordinates-missing
			2023-01  | -74.0  | 40.7  | Burglary  | E01000916 | imports.reject.outside-uk
			2023-01  | -0.1   | 51.5  | Arson     | E01000916 | imports.reject.crime-type
			2023-01  | -0.1   | 51.5  | Burglary  | E0100091  | imports.reject.lsoa
			""")
	void aBadRowIsRejectedWithItsReason(String month, String longitude, String latitude, String type, String lsoa,
			String reason) {
		Object result = check(ID + "," + month + ",City of London Police,City of London Police," + (longitude == null ? "" : longitude)
				+ "," + (latitude == null ? "" : latitude) + ",On or near B500," + lsoa + ",Camden 027B," + type + ",,");

		assertThat(result).isInstanceOf(Rejection.class);
		assertThat(((Rejection) result).reasonCode()).isEqualTo(reason);
	}

	@Test
	void anotherForcesRowIsRejected() {
		Object result = check(ID + ",2023-01,Metropolitan Police Service,x,-0.1,51.5,x,E01000916,x,Burglary,,");

		assertThat(((Rejection) result).reasonCode()).isEqualTo("imports.reject.force");
		assertThat(((Rejection) result).reasonArgs()).containsExactly("Metropolitan Police Service", "City of London Police");
	}

	@Test
	void aFileWithoutTheStandardColumnsFails() {
		assertThatThrownBy(() -> StreetCrimeColumns.of(List.of("Borough", "MajorText", "201004")))
			.isInstanceOf(ImportFailure.class)
			.hasMessageContaining("imports.failed.header");
	}

	@Test
	void forceCodesAreLowerCaseAndHyphenated() {
		assertThat(PoliceUkStreetImporter.forceCode("Metropolitan Police Service")).isEqualTo("metropolitan-police-service");
		assertThat(PoliceUkStreetImporter.forceCode("Devon & Cornwall Police")).isEqualTo("devon-and-cornwall-police");
	}

	private Object check(String line) {
		CsvRecord record = CsvReader.builder().ofSingleCsvRecord(line);
		return validator.check(1, record);
	}

}
