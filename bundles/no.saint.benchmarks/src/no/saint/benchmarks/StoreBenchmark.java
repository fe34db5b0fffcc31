package no.saint.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;
import no.saint.store.demo.BridgecomGenerator;
import no.saint.store.demo.DemoLoader;
import no.saint.store.imports.ImportReport;
import no.saint.store.imports.MavenCrmImporter;

/**
 * Time and peak heap of filling the CRM database: importing the real
 * "CRM + Sales Opportunities" export, and generating and storing the
 * Bridgecom demo CRM of {@code -Dbenchmark.companies} companies (default
 * 100,000: 1,000,000 activities and 250,000 sales), each in an embedded H2
 * file and in a PostgreSQL schema of its own on 127.0.0.1:5432.
 */
class StoreBenchmark {

	private static final Path DATA_SET = Path.of(System.getProperty("saint.shared.datasets", "../../../shared/datasets"),
			"crm-sales-opportunities");
	private static final String POSTGRES_URL = System.getProperty("saint.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/test");
	private static final int COMPANIES = Integer.getInteger("benchmark.companies", 100_000);
	private static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);

	private final BenchmarkReport report = new BenchmarkReport("StoreBenchmark");

	@Test
	void importRealDataSet() throws Exception {
		for (Database database : Database.values()) {
			try (TemporaryDatabase target = new TemporaryDatabase(database);
					CrmStore store = CrmStores.open(target.settings)) {
				ImportReport result = report.measure("import maven-crm " + database.label,
						() -> new MavenCrmImporter(null).importFrom(DATA_SET, store));
				report.print("import maven-crm " + database.label + " sales stored", result.stored("sales"), "rows");
				report.print("import maven-crm " + database.label + " rows rejected", result.rejected(), "rows");
			}
		}
	}

	@Test
	void generateAndStoreDemoCrm() throws Exception {
		for (Database database : Database.values()) {
			try (TemporaryDatabase target = new TemporaryDatabase(database);
					CrmStore store = CrmStores.open(target.settings)) {
				String figure = "demo " + COMPANIES + " companies " + database.label;
				Map<String, Integer> counts = report.measure(figure,
						() -> DemoLoader.load(new BridgecomGenerator(1, AS_OF), COMPANIES, store));
				report.print(figure + " activities stored", counts.get("activities"), "rows");
				report.print(figure + " sales stored", counts.get("sales"), "rows");
				long[] entities = new long[1];
				report.measure(figure + " bulk read of companies", () -> {
					store.forEachEntity(no.saint.model.crm.EntityType.COMPANY, entity -> entities[0]++);
					return entities[0];
				});
			}
		}
	}

	enum Database {
		H2("H2"), POSTGRESQL("PostgreSQL");

		final String label;

		Database(String label) {
			this.label = label;
		}
	}

	/** An empty database for one measurement: an H2 file in a temporary folder or a fresh PostgreSQL schema. */
	private static final class TemporaryDatabase implements AutoCloseable {

		final DatabaseSettings settings;
		private final Path folder;
		private final String schema;

		TemporaryDatabase(Database database) throws Exception {
			if (database == Database.H2) {
				folder = Files.createTempDirectory("saint-benchmark");
				schema = null;
				settings = new DatabaseSettings("jdbc:h2:" + folder.resolve("crm").toAbsolutePath(), "sa", "");
			} else {
				folder = null;
				schema = "saint_benchmark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
				execute("CREATE SCHEMA " + schema);
				settings = new DatabaseSettings(POSTGRES_URL + "?currentSchema=" + schema, "postgres", "");
			}
		}

		@Override
		public void close() throws Exception {
			if (schema != null) {
				execute("DROP SCHEMA " + schema + " CASCADE");
			}
			if (folder != null) {
				try (Stream<Path> files = Files.walk(folder)) {
					files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
				}
			}
		}

		private static void execute(String sql) throws Exception {
			try (Connection connection = new DatabaseSettings(POSTGRES_URL, "postgres", "").open();
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}
	}
}
