package no.saint.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.saint.model.crm.Associate;
import no.saint.model.crm.Company;
import no.saint.model.crm.Sale;
import no.saint.model.crm.SaleStatus;
import no.saint.store.CrmStore;
import no.saint.store.imports.ImportException;
import no.saint.store.imports.ImportReport;
import no.saint.store.imports.MavenCrmImporter;
import no.saint.store.imports.Problem;
import no.saint.store.tests.TestDatabase.Backend;

class MavenCrmImportTest {

	/** The "CRM + Sales Opportunities" export, read in place. */
	static final Path DATA_SET = Path.of(System.getProperty("saint.shared.datasets", "../../../shared/datasets"),
			"crm-sales-opportunities");

	@ParameterizedTest
	@EnumSource(Backend.class)
	void realDataSetCounts(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			ImportReport report = new MavenCrmImporter(null).importFrom(DATA_SET, database.store());

			assertEquals(85, report.stored("companies"));
			assertEquals(35, report.stored("associates"));
			assertEquals(7375, report.stored("sales"));
			assertEquals(1425, report.rejected());
			assertEquals(85, database.store().count(Company.class));
			assertEquals(35, database.store().count(Associate.class));
			assertEquals(7375, database.store().count(Sale.class));
			assertEquals(4238, database.queryLong("SELECT COUNT(*) FROM sale WHERE status = 'sold'"));
			assertEquals(2473, database.queryLong("SELECT COUNT(*) FROM sale WHERE status = 'lost'"));
		}
	}

	@Test
	void rejectedRowsNameFileLineAndReason() throws Exception {
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			ImportReport report = new MavenCrmImporter(null).importFrom(DATA_SET, database.store());

			Problem firstRejected = report.problems().stream()
					.filter(problem -> problem.severity() == Problem.Severity.REJECTED).findFirst().orElseThrow();
			String message = firstRejected.message(Locale.ENGLISH);
			assertTrue(message.matches("sales_pipeline\\.csv:\\d+: rejected: opportunity \\w+ has no account.*"),
					message);
			assertEquals(firstLineWithoutAccount(), firstRejected.line());

			Problem firstWarning = report.problems().stream()
					.filter(problem -> problem.severity() == Problem.Severity.WARNING).findFirst().orElseThrow();
			assertTrue(firstWarning.message(Locale.ENGLISH).contains("product 'GTXPro' is not in products.csv"),
					firstWarning.message(Locale.ENGLISH));
			assertEquals(3, firstWarning.line());
			Sale gtxPro = database.store().findByExternalId(Sale.class, "maven-crm:Z063OYW0").orElseThrow();
			assertEquals("GTXPro", gtxPro.getProduct());
			assertEquals(SaleStatus.SOLD, gtxPro.getStatus());
			assertEquals("Isdom", gtxPro.getCompany().getName());
			assertEquals("Darcel Schlecht", gtxPro.getOwner().getName());
			assertEquals(java.time.LocalDate.of(2017, 3, 11), gtxPro.getDate());
			assertEquals(0, new java.math.BigDecimal("4514").compareTo(gtxPro.getAmount()));
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void secondImportDuplicatesNothing(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			CrmStore store = database.store();
			new MavenCrmImporter(null).importFrom(DATA_SET, store);
			long firstId = store.findByExternalId(Company.class, "maven-crm:Acme Corporation").orElseThrow().getId();

			ImportReport second = new MavenCrmImporter(null).importFrom(DATA_SET, store);

			assertEquals(7375, second.stored("sales"));
			assertEquals(85, store.count(Company.class));
			assertEquals(35, store.count(Associate.class));
			assertEquals(7375, store.count(Sale.class));
			assertEquals(firstId,
					store.findByExternalId(Company.class, "maven-crm:Acme Corporation").orElseThrow().getId());
		}
	}

	@Test
	void dateFormatOption(@TempDir Path folder) throws Exception {
		copyDataSet(folder);
		rewrite(folder.resolve("sales_pipeline.csv"), text -> text.replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$2/$3/$1")
				.replaceAll("(^|[,/])0(\\d)", "$1$2"));
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			ImportReport report = new MavenCrmImporter("M/d/yyyy").importFrom(folder, database.store());

			assertEquals(7375, report.stored("sales"));
			assertEquals(1425, report.rejected());
			assertEquals(java.time.LocalDate.of(2017, 3, 11),
					database.store().findByExternalId(Sale.class, "maven-crm:Z063OYW0").orElseThrow().getDate());
		}
	}

	@Test
	void malformedRowsReportedWithLine(@TempDir Path folder) throws Exception {
		copyDataSet(folder);
		rewrite(folder.resolve("sales_pipeline.csv"), text -> text
				.replace("Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-11,4514",
						"Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-13-11,4514")
				.replace("EC4QE1BX,Darcel Schlecht,MG Special,Cancity,Won,2016-10-25,2017-03-07,50",
						"EC4QE1BX,Darcel Schlecht,MG Special,Cancity,Won,2016-10-25,2017-03-07,fifty"));
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			ImportReport report = new MavenCrmImporter(null).importFrom(folder, database.store());

			assertEquals(7373, report.stored("sales"));
			assertEquals(1427, report.rejected());
			List<String> messages = report.problems().stream()
					.filter(problem -> problem.severity() == Problem.Severity.REJECTED)
					.map(problem -> problem.message(Locale.ENGLISH)).toList();
			assertTrue(messages.contains("sales_pipeline.csv:3: rejected: invalid date '2017-13-11'; expected the "
					+ "format yyyy-MM-dd"), messages.subList(0, 3).toString());
			assertTrue(messages.contains("sales_pipeline.csv:4: rejected: invalid number 'fifty' in column "
					+ "'close_value'"), messages.subList(0, 3).toString());
		}
	}

	@Test
	void missingColumnChangesNothing(@TempDir Path folder) throws Exception {
		assertBrokenFileChangesNothing(folder, "sales_pipeline.csv",
				text -> text.replaceFirst("close_value", "value_at_close"),
				"sales_pipeline.csv:1: missing column 'close_value'");
	}

	@Test
	void wrongQuotingChangesNothing(@TempDir Path folder) throws Exception {
		assertBrokenFileChangesNothing(folder, "sales_pipeline.csv",
				text -> text.replace("EC4QE1BX,Darcel Schlecht,MG Special,Cancity",
						"EC4QE1BX,\"Darcel\" Schlecht,MG Special,Cancity"),
				"sales_pipeline.csv:4: invalid quoting");
	}

	@Test
	void unclosedQuoteChangesNothing(@TempDir Path folder) throws Exception {
		assertBrokenFileChangesNothing(folder, "accounts.csv",
				text -> text.replace("Betatech,medical", "\"Betatech,medical"), "accounts.csv:4: invalid quoting");
	}

	@Test
	void emptyFileChangesNothing(@TempDir Path folder) throws Exception {
		assertBrokenFileChangesNothing(folder, "products.csv", text -> "", "products.csv: the file is empty");
	}

	@Test
	void wrongEncodingChangesNothing(@TempDir Path folder) throws Exception {
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			new MavenCrmImporter(null).importFrom(DATA_SET, database.store());
			copyDataSet(folder);
			Path accounts = folder.resolve("accounts.csv");
			String text = Files.readString(accounts).replace("Betatech,medical", "Bætatech,medical");
			Files.write(accounts, text.getBytes(java.nio.charset.Charset.forName("windows-1252")));

			ImportException error = assertThrows(ImportException.class,
					() -> new MavenCrmImporter(null).importFrom(folder, database.store()));

			assertTrue(error.message(Locale.ENGLISH).startsWith("accounts.csv:4: the file is not valid UTF-8"),
					error.message(Locale.ENGLISH));
			assertEquals(7375, database.store().count(Sale.class));
			assertTrue(database.store().findByName(Company.class, "Bætatech", no.saint.store.Page.first(1)).isEmpty());
		}
	}

	@Test
	void missingFolderReported(@TempDir Path folder) throws Exception {
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			ImportException error = assertThrows(ImportException.class,
					() -> new MavenCrmImporter(null).importFrom(folder.resolve("nowhere"), database.store()));
			assertTrue(error.message(Locale.ENGLISH).startsWith("products.csv: the file is missing"),
					error.message(Locale.ENGLISH));
		}
	}

	/** Imports the data set, breaks one copied file, imports the copy and checks that the error names file and line and nothing changed. */
	private static void assertBrokenFileChangesNothing(Path folder, String file,
			java.util.function.UnaryOperator<String> edit, String expectedStart) throws Exception {
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			new MavenCrmImporter(null).importFrom(DATA_SET, database.store());
			copyDataSet(folder);
			rewrite(folder.resolve(file), edit);
			rewrite(folder.resolve("accounts.csv"), text -> text.replace("Cancity", "Changed City"));

			ImportException error = assertThrows(ImportException.class,
					() -> new MavenCrmImporter(null).importFrom(folder, database.store()));

			assertTrue(error.message(Locale.ENGLISH).startsWith(expectedStart), error.message(Locale.ENGLISH));
			assertEquals(85, database.store().count(Company.class));
			assertEquals(7375, database.store().count(Sale.class));
			assertEquals(0, database.queryLong("SELECT COUNT(*) FROM company WHERE name = 'Changed City'"));
		}
	}

	static void copyDataSet(Path folder) throws IOException {
		for (String file : List.of("accounts.csv", "products.csv", "sales_pipeline.csv", "sales_teams.csv")) {
			Files.copy(DATA_SET.resolve(file), folder.resolve(file));
		}
	}

	private static void rewrite(Path file, java.util.function.UnaryOperator<String> edit) throws IOException {
		Files.writeString(file, edit.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
	}

	private static long firstLineWithoutAccount() throws IOException {
		List<String> lines = Files.readAllLines(DATA_SET.resolve("sales_pipeline.csv"));
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).split(",", -1)[3].isEmpty()) {
				return i + 1;
			}
		}
		throw new AssertionError("no row without account");
	}
}
