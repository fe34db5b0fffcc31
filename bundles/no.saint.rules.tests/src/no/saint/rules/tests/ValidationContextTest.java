package no.saint.rules.tests;

import static no.saint.rules.tests.RulesTestSupport.describe;
import static no.saint.rules.tests.RulesTestSupport.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.saint.rules.lists.ConfiguredListValues;
import no.saint.rules.lists.ListKind;
import no.saint.rules.validation.RulesIssueCodes;
import no.saint.rules.validation.RulesValidator;

/** Validation that depends on its surroundings: the CRM's lists, the locale and files next to the rules file. */
class ValidationContextTest {

	private static final String INTENT = """
			rules "T"
			status "S" for company {
			    when count(activities where intent = "Markedsføring") > 1
			}
			""";

	private final ConfiguredListValues lists = RulesTestSupport.INJECTOR.getInstance(ConfiguredListValues.class);
	private final RulesValidator validator = RulesTestSupport.INJECTOR.getInstance(RulesValidator.class);

	@AfterEach
	void restore() {
		lists.clearAll();
		validator.setLocale(Locale.ENGLISH);
	}

	@Test
	void anyListValueWithoutConfiguredList() {
		List<Issue> issues = RulesTestSupport.validate(INTENT);

		assertTrue(issues.isEmpty(), describe(issues));
	}

	@Test
	void valueMissingFromConfiguredList() {
		lists.setValues(ListKind.ACTIVITY_INTENT, Set.of("Marketing", "Salg"));

		List<Issue> issues = withCode(RulesTestSupport.validate(INTENT), RulesIssueCodes.UNKNOWN_LIST_VALUE);

		assertEquals(1, issues.size());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(3, issues.get(0).getLineNumber());
		assertEquals(42, issues.get(0).getColumn());
		assertEquals("\"Markedsføring\" is not in the CRM list of activity intents. Check the spelling, or add the"
				+ " value to the list in the CRM.", issues.get(0).getMessage());
		assertEquals(List.of("Markedsføring", "Marketing", "Salg"), List.of(issues.get(0).getData()));
	}

	@Test
	void valueInConfiguredList() {
		lists.setValues(ListKind.ACTIVITY_INTENT, Set.of("Markedsføring"));

		assertTrue(RulesTestSupport.validate(INTENT).isEmpty());
	}

	@Test
	void norwegianMessages() {
		validator.setLocale(Locale.of("nb", "NO"));

		List<Issue> issues = RulesTestSupport.validate("rules \"T\"\nstatus \"Tom\" for company { }\n");

		assertEquals("Statusen \"Tom\" har ingen kriterier. Legg til en \"when\"-linje som sier hvilke enheter som"
				+ " får statusen.", withCode(issues, RulesIssueCodes.NO_CRITERIA).get(0).getMessage());
	}

	@Test
	void norwegianLinkingMessage() {
		validator.setLocale(Locale.of("no"));

		List<Issue> issues = RulesTestSupport.validate(
				"rules \"T\"\nstatus \"S\" for company { when count(sales, halvår) > 1 }\n");

		assertEquals("Perioden \"halvår\" er ikke deklarert. Deklarer den, for eksempel \"period halvår = 90 days\","
				+ " eller bruk en deklarert periode.", withCode(issues, RulesIssueCodes.UNKNOWN_PERIOD).get(0).getMessage());
	}

	@Test
	void missingImageNextToRulesFile(@TempDir Path folder) throws IOException {
		Files.createDirectories(folder.resolve("images"));
		Files.write(folder.resolve("images/cobweb.png"), new byte[] { 1 });
		String text = """
				rules "T"
				status "A" for company { image "images/cobweb.png" when count(sales) > 1 }
				status "B" for company { image "images/missing.png" when count(sales) > 1 }
				""";
		URI uri = URI.createFileURI(folder.resolve("test.saint").toString());

		List<Issue> issues = withCode(RulesTestSupport.validate(RulesTestSupport.parse(text, uri)),
				RulesIssueCodes.IMAGE_NOT_FOUND);

		assertEquals(1, issues.size(), describe(issues));
		assertEquals(3, issues.get(0).getLineNumber());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
	}
}
