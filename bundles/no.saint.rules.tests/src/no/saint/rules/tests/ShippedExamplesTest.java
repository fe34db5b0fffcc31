package no.saint.rules.tests;

import static no.saint.rules.tests.RulesTestSupport.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import no.saint.evaluation.CriterionText;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.RuleSet;
import no.saint.rules.RulesStandaloneSetup;
import no.saint.rules.translation.RulesTranslator;

/** The example rules shipped in the language bundle validate without any issue, images included. */
class ShippedExamplesTest {

	private static XtextResource load(String name) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(RulesStandaloneSetup.class);
		URL folder = bundle.getEntry("examples/");
		assertNotNull(folder, "examples/ missing from the no.saint.rules bundle");
		// Extracts the whole folder, so that the images next to the rules files exist on disk too.
		Path file = Path.of(FileLocator.toFileURL(folder).getPath()).resolve(name);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		return RulesTestSupport.parse(text, URI.createFileURI(file.toString()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "bridgecom.saint", "crm-sales.saint" })
	void exampleHasNoIssues(String name) throws IOException {
		List<Issue> issues = RulesTestSupport.validate(load(name));

		assertTrue(issues.isEmpty(), describe(issues));
	}

	@Test
	void bridgecomHasGuideStatusesAndQuestions() throws IOException {
		RuleSet rules = new RulesTranslator().translate(RulesTestSupport.model(load("bridgecom.saint")));

		assertEquals(List.of("Dyr kunde", "Forsømt kunde", "Sovende kunde", "Ikke fulgt opp",
				"Ingen kjøp siste kvartal", "Mange forespørsler", "Trenger oppgradering"),
				rules.statusesFor(EntityType.COMPANY).stream().map(status -> status.name()).toList());
		assertEquals(List.of("Forsømt prosjekt", "Ulønnsomt prosjekt", "Prosjekt uten planlagte aktiviteter"),
				rules.statusesFor(EntityType.PROJECT).stream().map(status -> status.name()).toList());
		assertEquals("prosjektstatus er pågående og flere enn 14 dager siden siste fullførte aktivitet",
				new CriterionText(Locale.of("nb")).describe(rules.status("Forsømt prosjekt").orElseThrow().criterion()));
	}

	@Test
	void crmSalesWatchesCompaniesOnly() throws IOException {
		RuleSet rules = new RulesTranslator().translate(RulesTestSupport.model(load("crm-sales.saint")));

		assertEquals(5, rules.statusesFor(EntityType.COMPANY).size());
		assertEquals(5, rules.statuses().size());
		assertEquals(3, rules.amountClasses().size());
	}
}
