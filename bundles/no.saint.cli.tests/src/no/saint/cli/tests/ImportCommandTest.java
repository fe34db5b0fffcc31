package no.saint.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.saint.cli.SaintCommandLine;
import no.saint.store.DatabaseSettings;

class ImportCommandTest {

	private static final Path DATA_SET = Path.of(System.getProperty("saint.shared.datasets", "../../shared/datasets"),
			"crm-sales-opportunities");
	private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final SaintCommandLine commandLine = new SaintCommandLine(
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void realDataSetIntoH2(@TempDir Path folder) {
		int exit = commandLine.run("--lang", "en", "import", "--format", "maven-crm", "--dir", DATA_SET.toString(),
				"--db", "jdbc:h2:" + folder.resolve("crm"));

		assertEquals(SaintCommandLine.EXIT_OK, exit, err());
		assertSummary();
	}

	@Test
	void realDataSetIntoPostgreSql() throws Exception {
		String schema = "saint_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		DatabaseSettings server = new DatabaseSettings(POSTGRES_URL, "postgres", "");
		execute(server, "CREATE SCHEMA " + schema);
		try {
			int exit = commandLine.run("--lang", "en", "import", "--format", "maven-crm", "--dir",
					DATA_SET.toString(), "--db", POSTGRES_URL + "?currentSchema=" + schema, "--user", "postgres");

			assertEquals(SaintCommandLine.EXIT_OK, exit, err());
			assertSummary();
		} finally {
			execute(server, "DROP SCHEMA " + schema + " CASCADE");
		}
	}

	private void assertSummary() {
		assertTrue(out().contains("Stored: 85 companies"), out().lines().skip(1400).toList().toString());
		assertTrue(out().contains("Stored: 35 associates"), out());
		assertTrue(out().contains("Stored: 7,375 sales"), out());
		assertTrue(out().contains("Rejected rows: 1,425"), out());
		assertTrue(out().lines().anyMatch(line -> line.matches("sales_pipeline\\.csv:\\d+: rejected: opportunity "
				+ "\\w+ has no account, so it belongs to no company")), "no rejected row listed");
		assertTrue(out().contains("sales_pipeline.csv:3: warning: product 'GTXPro' is not in products.csv"), "no warning");
	}

	@Test
	void emptyFileFailsWithoutStoring(@TempDir Path folder) throws Exception {
		Path files = Files.createDirectories(folder.resolve("files"));
		for (String file : List.of("accounts.csv", "sales_pipeline.csv", "sales_teams.csv")) {
			Files.copy(DATA_SET.resolve(file), files.resolve(file));
		}
		Files.writeString(files.resolve("products.csv"), "");
		String url = "jdbc:h2:" + folder.resolve("crm");

		int exit = commandLine.run("--lang", "en", "import", "--format", "maven-crm", "--dir", files.toString(),
				"--db", url);

		assertEquals(SaintCommandLine.EXIT_FAILURE, exit);
		assertTrue(err().contains("Import failed, nothing was stored: products.csv: the file is empty"), err());
		assertEquals(0, count(new DatabaseSettings(url, "sa", ""), "SELECT COUNT(*) FROM company"));
	}

	@Test
	void importHelpListsOptions() {
		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "en", "import", "--help"));
		assertTrue(out().contains("--date-format F"), out());
		assertTrue(out().contains("--format F"), out());
	}

	@Test
	void importHelpInNorwegian() {
		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "nb", "import", "--help"));
		assertTrue(out().contains("Bruk: saint import"), out());
	}

	@Test
	void unknownFormatIsUsageError() {
		assertEquals(SaintCommandLine.EXIT_USAGE,
				commandLine.run("--lang", "en", "import", "--format", "xlsx", "--dir", "."));
		assertTrue(err().contains("Unknown format 'xlsx'"), err());
	}

	@Test
	void unknownOptionIsUsageError() {
		assertEquals(SaintCommandLine.EXIT_USAGE, commandLine.run("--lang", "en", "import", "--folder", "."));
		assertTrue(err().contains("Unknown option '--folder'"), err());
	}

	@Test
	void demoFillsDatabase(@TempDir Path folder) throws Exception {
		String url = "jdbc:h2:" + folder.resolve("demo");

		int exit = commandLine.run("--lang", "en", "demo", "--companies", "20", "--seed", "3", "--db", url);

		assertEquals(SaintCommandLine.EXIT_OK, exit, err());
		assertTrue(out().contains("Stored: 20 companies"), out());
		assertTrue(out().contains("Stored: 200 activities"), out());
		assertTrue(out().contains("Stored: 50 sales"), out());
		assertEquals(200, count(new DatabaseSettings(url, "sa", ""), "SELECT COUNT(*) FROM activity"));
	}

	@Test
	void demoHelp() {
		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "en", "demo", "--help"));
		assertTrue(out().contains("--companies N"), out());
	}

	private static void execute(DatabaseSettings settings, String sql) throws Exception {
		try (Connection connection = settings.open(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static long count(DatabaseSettings settings, String sql) throws Exception {
		try (Connection connection = settings.open(); Statement statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
