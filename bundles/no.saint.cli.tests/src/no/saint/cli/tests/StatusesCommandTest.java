package no.saint.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.saint.cli.SaintCommandLine;
import no.saint.engine.CounterSource;
import no.saint.engine.CrmRecord;
import no.saint.engine.EntityKey;
import no.saint.engine.EntitySnapshot;
import no.saint.engine.InMemorySnapshotSource;
import no.saint.engine.StatusDatabase;
import no.saint.engine.internal.DefaultEvaluationService;
import no.saint.evaluation.Criterion;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.Operator;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.Source;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;
import no.saint.store.DatabaseSettings;

class StatusesCommandTest {

	private static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final SaintCommandLine commandLine = new SaintCommandLine(
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	private String url;

	@BeforeEach
	void regenerate() throws Exception {
		url = "jdbc:h2:" + Files.createTempDirectory("saint-cli-test").resolve("crm").toAbsolutePath();
		Measure sales = new Measure.Count(Source.SALES, new Filter.Any(), new Window.AllTime());
		StatusDefinition noSales = new StatusDefinition("Uten salg", EntityType.COMPANY, 10, true, null, false, null,
				null, new Criterion.Comparison(sales, Operator.EQUAL, BigDecimal.ZERO), 1);
		StatusDefinition customer = new StatusDefinition("Customer", EntityType.COMPANY, 5, true, null, false, null,
				null, new Criterion.Comparison(sales, Operator.GREATER, BigDecimal.ZERO), 2);
		InMemorySnapshotSource source = new InMemorySnapshotSource();
		source.put(company(1, "Acme, Inc.", 0));
		source.put(company(2, "Bøler \"IL\"", 2));
		source.put(company(3, "Cancity", 0));
		new DefaultEvaluationService().regenerate(new StatusDatabase(new DatabaseSettings(url, "sa", "")),
				CounterSource.inMemory(source), new RuleSet("test", List.of(noSales, customer), List.of()), AS_OF, null,
				null);
	}

	private static EntitySnapshot company(long id, String name, int sales) {
		List<CrmRecord.Sale> records = java.util.stream.IntStream.range(0, sales)
				.mapToObj(i -> new CrmRecord.Sale(AS_OF, "sold", BigDecimal.TEN)).toList();
		return new EntitySnapshot(new EntityKey(EntityType.COMPANY, id), name, Map.of(), List.of(), records, List.of());
	}

	@Test
	void csvHasHeaderAndRankOrder() {
		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("statuses", "--format", "csv", "--db", url));

		assertEquals("""
				status,entity_type,entity_id,entity_name,rank
				Customer,company,2,"Bøler ""IL\"\"",5
				Uten salg,company,1,"Acme, Inc.",10
				Uten salg,company,3,Cancity,10
				""", out());
	}

	@Test
	void jsonFilteredByStatus() {
		assertEquals(SaintCommandLine.EXIT_OK,
				commandLine.run("statuses", "--status", "Customer", "--format", "json", "--db", url));

		assertEquals("""
				[
				  {"status": "Customer", "entity_type": "company", "entity_id": 2, "entity_name": "Bøler \\"IL\\"", "rank": 5}
				]
				""", out());
	}

	@Test
	void tableInNorwegian() {
		assertEquals(SaintCommandLine.EXIT_OK,
				commandLine.run("--lang", "nb", "statuses", "--entity-type", "company", "--db", url));

		assertTrue(out().startsWith("STATUS"), out());
		assertTrue(out().contains("NAVN"), out());
		assertTrue(out().contains("3 statusverdier."), out());
	}

	@Test
	void helpInBothLanguages() {
		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "en", "statuses", "--help"));
		assertTrue(out().contains("Usage: saint statuses"), out());
		out.reset();

		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "nb", "statuses", "--help"));
		assertTrue(out().contains("Bruk: saint statuses"), out());
	}

	@Test
	void badFormatIsUsageError() {
		assertEquals(SaintCommandLine.EXIT_USAGE, commandLine.run("--lang", "en", "statuses", "--format", "xml", "--db", url));
		assertTrue(err().contains("Unknown format 'xml'"), err());
	}

	@Test
	void unknownOptionIsUsageError() {
		assertEquals(SaintCommandLine.EXIT_USAGE, commandLine.run("--lang", "en", "statuses", "--colour", "red"));
		assertTrue(err().contains("Unknown option '--colour'"), err());
		assertTrue(err().contains("saint statuses --help"), err());
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
