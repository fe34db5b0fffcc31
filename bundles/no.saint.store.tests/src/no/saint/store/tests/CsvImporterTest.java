package no.saint.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.Company;
import no.saint.model.crm.Direction;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;
import no.saint.model.crm.ProjectStatus;
import no.saint.model.crm.Request;
import no.saint.model.crm.RequestStatus;
import no.saint.model.crm.Sale;
import no.saint.model.crm.SaleStatus;
import no.saint.store.CrmStore;
import no.saint.store.Page;
import no.saint.store.imports.CsvImporter;
import no.saint.store.imports.ImportException;
import no.saint.store.imports.ImportReport;
import no.saint.store.imports.Problem;
import no.saint.store.tests.TestDatabase.Backend;

class CsvImporterTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Writes a small CRM the way Norwegian spreadsheet exports look: semicolons, decimal commas, CRLF. */
	static void writeNorwegianExport(Path folder) throws Exception {
		write(folder, "associates.csv", "id;name;user_group\r\nA1;Åse Selger;Salg\r\n", true);
		write(folder, "companies.csv", """
				id;name;category;business;country;postcode;owner\r
				C1;"Ørsta Bøker; Papir AS";A-kunde;Handel;Norge;6150;A1\r
				C2;"Volda ""Fisk"" SA";B-kunde;Fisk;Norge;6100;\r
				""", true);
		write(folder, "persons.csv", """
				id;name;company;position;owner\r
				P1;Kari Nordmann;C1;Innkjøper;A1\r
				""", false);
		write(folder, "projects.csv", """
				id;name;type;status;company;owner\r
				J1;Nytt lager;Installasjon;pågår;C1;A1\r
				J2;Gammelt lager;Installasjon;stopped;C1;\r
				""", true);
		write(folder, "activities.csv", """
				id;type;direction;intent;date;completed;company;person;project;owner;text\r
				T1;telefon;ut;Marketing;31.12.2017;ja;C1;P1;J1;A1;"Ringte om tilbud;\r
				ny samtale neste uke"\r
				T2;meeting;incoming;;2017-12-30;no;C1;;;;\r
				T3;fax;sideways;;2017-12-30;no;C1;;;;\r
				""", true);
		write(folder, "sales.csv", """
				id;status;amount;date;product;company;person;project;owner\r
				S1;solgt;"12 500,50";01.12.2017;Fiber;C1;P1;J1;A1\r
				S2;open;1.234,5;2018-01-15;Fiber;C2;;;\r
				S3;lost;abc;2018-01-15;Fiber;C2;;;\r
				S4;lost;0;32.01.2018;Fiber;C2;;;\r
				S5;lost;0;2018-01-15;Fiber;C9;;;\r
				""", true);
		write(folder, "requests.csv", """
				id;status;category;priority;date;company;person\r
				R1;åpen;Support;high;2017-12-20;C1;P1\r
				""", true);
	}

	private static void write(Path folder, String file, String text, boolean utf8WithBom) throws Exception {
		if (utf8WithBom) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			byte[] withBom = new byte[bytes.length + 3];
			System.arraycopy(BOM, 0, withBom, 0, 3);
			System.arraycopy(bytes, 0, withBom, 3, bytes.length);
			Files.write(folder.resolve(file), withBom);
		} else {
			Files.write(folder.resolve(file), text.getBytes(WINDOWS_1252));
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void norwegianSpreadsheetExport(Backend backend, @TempDir Path folder) throws Exception {
		writeNorwegianExport(folder);
		try (TestDatabase database = TestDatabase.create(backend)) {
			CrmStore store = database.store();
			ImportReport report = new CsvImporter(null).importFrom(folder, store);

			assertEquals(1, report.stored("associates"));
			assertEquals(2, report.stored("companies"));
			assertEquals(1, report.stored("persons"));
			assertEquals(2, report.stored("projects"));
			assertEquals(2, report.stored("activities"));
			assertEquals(2, report.stored("sales"));
			assertEquals(1, report.stored("requests"));
			assertEquals(4, report.rejected());

			Company orsta = store.findByName(Company.class, "orsta", Page.first(1)).get(0);
			assertEquals("Ørsta Bøker; Papir AS", orsta.getName());
			assertEquals("A-kunde", orsta.getCategory().getName());
			assertEquals("Åse Selger", orsta.getOwner().getName());
			assertEquals("Volda \"Fisk\" SA", store.findByExternalId(Company.class, "csv:C2").orElseThrow().getName());
			Person kari = store.findByExternalId(Person.class, "csv:P1").orElseThrow();
			assertEquals("Innkjøper", kari.getPosition());
			assertEquals(ProjectStatus.ONGOING, store.findByExternalId(Project.class, "csv:J1").orElseThrow().getStatus());

			Activity call = store.findByExternalId(Activity.class, "csv:T1").orElseThrow();
			assertEquals(ActivityType.PHONE, call.getType());
			assertEquals(Direction.OUTGOING, call.getDirection());
			assertEquals("Marketing", call.getIntent().getName());
			assertEquals(LocalDate.of(2017, 12, 31), call.getDate());
			assertTrue(call.isCompleted());
			assertEquals("Ringte om tilbud;\r\nny samtale neste uke", call.getText());
			assertEquals("Nytt lager", call.getProject().getName());

			Sale sold = store.findByExternalId(Sale.class, "csv:S1").orElseThrow();
			assertEquals(SaleStatus.SOLD, sold.getStatus());
			assertEquals(0, new BigDecimal("12500.50").compareTo(sold.getAmount()));
			assertEquals(LocalDate.of(2017, 12, 1), sold.getDate());
			assertEquals(0, new BigDecimal("1234.5")
					.compareTo(store.findByExternalId(Sale.class, "csv:S2").orElseThrow().getAmount()));
			assertEquals(RequestStatus.OPEN, store.findByExternalId(Request.class, "csv:R1").orElseThrow().getStatus());
		}
	}

	@Test
	void rejectedRowsNameLineAndReason(@TempDir Path folder) throws Exception {
		writeNorwegianExport(folder);
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			ImportReport report = new CsvImporter(null).importFrom(folder, database.store());

			List<String> messages = report.problems().stream().map(problem -> problem.message(Locale.ENGLISH)).toList();
			assertEquals(List.of(
					"activities.csv:5: rejected: invalid value 'sideways' in column 'direction'; expected one of: "
							+ "none, ingen, incoming, inn, innkommende, outgoing, ut, utg\u00e5ende",
					"sales.csv:4: rejected: invalid number 'abc' in column 'amount'",
					"sales.csv:5: rejected: invalid date '32.01.2018'; expected the format yyyy-MM-dd / dd.MM.yyyy",
					"sales.csv:6: rejected: company 'C9' is not in companies.csv"),
					messages);
			assertTrue(report.problems().stream().allMatch(problem -> problem.severity() == Problem.Severity.REJECTED));
		}
	}

	@Test
	void secondImportUpdates(@TempDir Path folder) throws Exception {
		writeNorwegianExport(folder);
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			CrmStore store = database.store();
			new CsvImporter(null).importFrom(folder, store);
			Files.writeString(folder.resolve("companies.csv"), "id,name\nC2,Volda Fisk og Vilt SA\n");
			Files.delete(folder.resolve("associates.csv"));
			Files.delete(folder.resolve("persons.csv"));
			Files.delete(folder.resolve("projects.csv"));
			Files.delete(folder.resolve("requests.csv"));

			ImportReport second = new CsvImporter(null).importFrom(folder, store);

			assertEquals(2, store.count(Company.class));
			assertEquals(2, store.count(Sale.class));
			assertEquals(2, second.stored("activities"));
			assertEquals("Volda Fisk og Vilt SA", store.findByExternalId(Company.class, "csv:C2").orElseThrow().getName());
			assertEquals("Kari Nordmann",
					store.findByExternalId(Activity.class, "csv:T1").orElseThrow().getPerson().getName());
		}
	}

	@Test
	void missingColumnChangesNothing(@TempDir Path folder) throws Exception {
		writeNorwegianExport(folder);
		Files.writeString(folder.resolve("sales.csv"), "id;amount;date\nS1;100;2017-01-01\n");
		assertRejectedWithoutChange(folder, "sales.csv:1: missing column 'status'; the header has: id, amount, date");
	}

	@Test
	void wrongQuotingChangesNothing(@TempDir Path folder) throws Exception {
		writeNorwegianExport(folder);
		Files.writeString(folder.resolve("persons.csv"), "id;name;company\nP1;Kari;C1\nP2;\"Ola \"Bror\" Nordmann\";C1\n");
		assertRejectedWithoutChange(folder, "persons.csv:3: invalid quoting");
	}

	@Test
	void emptyFileChangesNothing(@TempDir Path folder) throws Exception {
		writeNorwegianExport(folder);
		Files.write(folder.resolve("requests.csv"), BOM);
		assertRejectedWithoutChange(folder, "requests.csv: the file is empty");
	}

	@Test
	void utf16FileChangesNothing(@TempDir Path folder) throws Exception {
		writeNorwegianExport(folder);
		Files.write(folder.resolve("companies.csv"), "id;name\nC1;Ørsta\n".getBytes(StandardCharsets.UTF_16));
		assertRejectedWithoutChange(folder, "companies.csv: the file is UTF-16 encoded");
	}

	@Test
	void invalidUtf8AfterBomChangesNothing(@TempDir Path folder) throws Exception {
		writeNorwegianExport(folder);
		byte[] latin1 = "id;name\nC1;Ørsta\n".getBytes(WINDOWS_1252);
		byte[] withBom = new byte[latin1.length + 3];
		System.arraycopy(BOM, 0, withBom, 0, 3);
		System.arraycopy(latin1, 0, withBom, 3, latin1.length);
		Files.write(folder.resolve("companies.csv"), withBom);
		assertRejectedWithoutChange(folder, "companies.csv:2: the file is not valid UTF-8");
	}

	@Test
	void folderWithoutFilesRejected(@TempDir Path folder) throws Exception {
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			ImportException error = assertThrows(ImportException.class,
					() -> new CsvImporter(null).importFrom(folder, database.store()));
			assertTrue(error.message(Locale.ENGLISH).contains("contains none of the files associates.csv"),
					error.message(Locale.ENGLISH));
		}
	}

	@Test
	void messagesInNorwegian(@TempDir Path folder) throws Exception {
		writeNorwegianExport(folder);
		Files.writeString(folder.resolve("sales.csv"), "id;amount;date\n");
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			ImportException error = assertThrows(ImportException.class,
					() -> new CsvImporter(null).importFrom(folder, database.store()));
			assertTrue(error.message(Locale.of("nb", "NO")).startsWith("sales.csv:1: kolonnen 'status' mangler"),
					error.message(Locale.of("nb", "NO")));
		}
	}

	/** Imports the good export, then the broken folder, and checks the error and that nothing changed. */
	private static void assertRejectedWithoutChange(Path brokenFolder, String expectedStart) throws Exception {
		Path goodFolder = Files.createTempDirectory("saint-good-export");
		writeNorwegianExport(goodFolder);
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			CrmStore store = database.store();
			new CsvImporter(null).importFrom(goodFolder, store);
			long objects = store.loadAll().size();

			ImportException error = assertThrows(ImportException.class,
					() -> new CsvImporter(null).importFrom(brokenFolder, store));

			assertTrue(error.message(Locale.ENGLISH).startsWith(expectedStart), error.message(Locale.ENGLISH));
			assertEquals(objects, store.loadAll().size());
		}
	}
}
