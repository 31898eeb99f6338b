import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Builds the benchmark data set: 12 months of "Metropolitan Police" street-level crime, about 1 million rows,
 * from the six shared police.uk Met burglary months (Jan to Jun 2024, about 4,400 rows each).
 * <p>
 * This is synthetic volume, made by repeating and shifting real rows: month m (Jul 2023 to Jun 2024) repeats
 * source month (m mod 6) until it has the wanted rows. Copy i shifts every point east by i x 0.0003 degrees
 * (about 20 m), so most points are new to the ward look-up (real months repeat snap points more, so this is
 * the harder case). Crime types cycle through the 14 police.uk categories; every seventh row is anti-social
 * behaviour without a Crime ID; other rows get a fresh 64-hex Crime ID. Everything else is as in the source.
 * <p>
 * Run: java bench/BuildDataset.java SOURCE_DIR OUT_DIR [ROWS_PER_MONTH]
 */
public class BuildDataset {

	static final String[] TYPES = { "Anti-social behaviour", "Violence and sexual offences", "Other theft",
			"Vehicle crime", "Burglary", "Criminal damage and arson", "Public order", "Shoplifting",
			"Theft from the person", "Robbery", "Drugs", "Bicycle theft", "Possession of weapons", "Other crime" };

	public static void main(String[] args) throws Exception {
		Path source = Path.of(args.length > 0 ? args[0] : "/work/shared/data/police_uk/met_burglary");
		Path out = Path.of(args.length > 1 ? args[1] : "bench/data");
		int rowsPerMonth = args.length > 2 ? Integer.parseInt(args[2]) : 83_400;
		Files.createDirectories(out);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		long total = 0;
		for (int m = 0; m < 12; m++) {
			int year = m < 6 ? 2023 : 2024;
			int monthOfYear = m < 6 ? m + 7 : m - 5;
			String month = String.format("%d-%02d", year, monthOfYear);
			Path sourceFile = source.resolve(String.format("2024-%02d-metropolitan-street.csv", m % 6 + 1));
			List<String> lines = Files.readAllLines(sourceFile, StandardCharsets.UTF_8);
			String header = lines.get(0);
			List<String[]> rows = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				rows.add(line.split(",", -1));
			}
			Path file = out.resolve(month + "-metropolitan-street.csv");
			try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				writer.write(header);
				writer.write('\n');
				for (int n = 0; n < rowsPerMonth; n++) {
					String[] row = rows.get(n % rows.size()).clone();
					int copy = n / rows.size();
					String type = TYPES[n % TYPES.length];
					boolean asb = n % 7 == 0;
					if (asb) {
						type = TYPES[0];
					}
					else if (type.equals(TYPES[0])) {
						type = TYPES[1];
					}
					row[0] = asb ? "" : HexFormat.of().formatHex(sha.digest((month + "/" + n).getBytes(StandardCharsets.UTF_8)));
					row[1] = month;
					if (!row[4].isEmpty()) {
						row[4] = String.format(Locale.ROOT, "%.6f", Double.parseDouble(row[4]) + copy * 0.0003);
					}
					row[9] = type;
					if (asb) {
						row[10] = "";
					}
					writer.write(String.join(",", row));
					writer.write('\n');
				}
			}
			total += rowsPerMonth;
			System.out.println(file + ": " + rowsPerMonth + " rows");
		}
		System.out.println("total: " + total + " rows");
	}

}
