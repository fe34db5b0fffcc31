package no.saint.rules.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import no.saint.rules.ide.RulesIdeSetup;
import no.saint.rules.ide.highlighting.RulesHighlightingStyles;
import no.saint.rules.ide.hover.RulesHoverText;
import no.saint.rules.lists.ConfiguredListValues;
import no.saint.rules.lists.ListKind;
import no.saint.rules.validation.RulesMessages;

/** Content assist, highlighting, hover and document symbols through the Xtext ide API, without a display. */
class RulesIdeServicesTest {

	private static final Injector INJECTOR = new RulesIdeSetup().createInjectorAndDoEMFRegistration();
	private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

	private static final String FILE = """
			rules "T"
			period kvartal = 90 days
			status "Forsømt kunde" for company {
			    description "Lite kontakt med {company.name}."
			    when count(activities where direction = outgoing, kvartal) < 2
			}
			""";

	@AfterAll
	static void stopPool() {
		POOL.shutdown();
		INJECTOR.getInstance(RulesMessages.class).setLocale(null);
	}

	private static XtextResource parse(String text) throws IOException {
		XtextResourceSet resources = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources.createResource(URI.createURI("memory:/ide.saint"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	/** Returns the proposals at the end of {@code text}. */
	private static List<String> proposals(String text) throws IOException {
		XtextResource resource = parse(text);
		ContentAssistContextFactory factory = INJECTOR.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(text.length(), 0), text.length(),
				resource);
		List<String> proposals = new ArrayList<>();
		INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts),
				new IIdeContentProposalAcceptor() {
					@Override
					public void accept(ContentAssistEntry entry, int priority) {
						proposals.add(entry.getProposal());
					}

					@Override
					public boolean canAcceptMoreProposals() {
						return true;
					}
				});
		return proposals;
	}

	@Test
	void keywordsInStatusBody() throws IOException {
		List<String> proposals = proposals("rules \"T\"\nstatus \"S\" for company {\n    ");

		assertTrue(proposals.containsAll(List.of("rank", "image", "visualize", "description", "follow-up", "when")),
				proposals.toString());
	}

	@Test
	void fieldsOfWatchedEntityOnly() throws IOException {
		List<String> proposals = proposals("rules \"T\"\nstatus \"S\" for project {\n    when ");

		assertTrue(proposals.containsAll(List.of("project.status", "project.type", "project.owner")),
				proposals.toString());
		assertFalse(proposals.contains("company.name"), proposals.toString());
	}

	@Test
	void periodsAfterComma() throws IOException {
		List<String> proposals = proposals("rules \"T\"\nperiod kvartal = 90 days\nperiod halvaar = 6 months\n"
				+ "status \"S\" for company {\n    when count(sales, ");

		assertTrue(proposals.containsAll(List.of("kvartal", "halvaar", "last", "next")), proposals.toString());
	}

	@Test
	void fixedValuesOfFilterField() throws IOException {
		List<String> proposals = proposals("rules \"T\"\nstatus \"S\" for company {\n"
				+ "    when count(activities where direction = ");

		assertTrue(proposals.containsAll(List.of("incoming", "outgoing", "none")), proposals.toString());
		assertFalse(proposals.contains("sold"), proposals.toString());
	}

	@Test
	void configuredListValues() throws IOException {
		ConfiguredListValues lists = INJECTOR.getInstance(ConfiguredListValues.class);
		lists.setValues(ListKind.ACTIVITY_INTENT, Set.of("Marketing", "Salg"));
		try {
			List<String> proposals = proposals("rules \"T\"\nstatus \"S\" for company {\n"
					+ "    when count(activities where intent = ");

			assertTrue(proposals.containsAll(List.of("\"Marketing\"", "\"Salg\"")), proposals.toString());
		} finally {
			lists.clearAll();
		}
	}

	@Test
	void semanticHighlighting() throws IOException {
		XtextResource resource = parse(FILE);
		Map<String, String> styled = new HashMap<>();

		INJECTOR.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> styled.put(FILE.substring(offset, offset + length), styles[0]),
				CancelIndicator.NullImpl);

		assertEquals(RulesHighlightingStyles.STATUS_NAME, styled.get("\"Forsømt kunde\""));
		assertEquals(RulesHighlightingStyles.PERIOD, styled.get("kvartal"));
		assertEquals(RulesHighlightingStyles.TEMPLATE_VARIABLE, styled.get("{company.name}"));
	}

	@Test
	void hoverOnKeywordFieldAndPeriod() throws IOException {
		String text = FILE.replace("count(activities", "project.status = ongoing and count(activities");
		XtextResource resource = parse(text);
		RulesHoverText hover = INJECTOR.getInstance(RulesHoverText.class);
		INJECTOR.getInstance(RulesMessages.class).setLocale(Locale.ENGLISH);

		Optional<String> keyword = hover.hoverText(resource, text.indexOf("rules") + 1);
		Optional<String> field = hover.hoverText(resource, text.indexOf("status =") + 2);
		Optional<String> period = hover.hoverText(resource, text.lastIndexOf("kvartal") + 2);

		assertEquals("Names the rules of one CRM installation. A rules file starts with it.", keyword.orElseThrow());
		assertEquals("project.status: the status of the project: planned, ongoing, completed or stopped",
				field.orElseThrow());
		assertEquals("period kvartal = 90 days", period.orElseThrow());
	}

	@Test
	void hoverInNorwegian() throws IOException {
		XtextResource resource = parse(FILE);
		INJECTOR.getInstance(RulesMessages.class).setLocale(Locale.of("nb"));

		String text = INJECTOR.getInstance(RulesHoverText.class).hoverText(resource, FILE.indexOf("when") + 1)
				.orElseThrow();

		assertEquals("Kriteriet: statusen gjelder enhetene der det er sant.", text);
	}

	@Test
	void documentSymbolsAsTree() throws IOException {
		XtextResource resource = parse(FILE);

		List<DocumentSymbol> symbols = INJECTOR.getInstance(IDocumentSymbolService.class) instanceof
				org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService service
						? service.getSymbols(resource, CancelIndicator.NullImpl)
						: List.of();

		assertEquals(1, symbols.size());
		assertEquals("T", symbols.get(0).getName());
		assertEquals(List.of("kvartal", "Forsømt kunde"),
				symbols.get(0).getChildren().stream().map(DocumentSymbol::getName).toList());
	}
}
