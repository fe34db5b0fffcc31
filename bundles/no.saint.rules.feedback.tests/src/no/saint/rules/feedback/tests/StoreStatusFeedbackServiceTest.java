package no.saint.rules.feedback.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.saint.engine.EntityResult;
import no.saint.engine.EvaluationService;
import no.saint.engine.Evaluator;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StoreSnapshotSource;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.StatusDefinition;
import no.saint.rules.RulesStandaloneSetup;
import no.saint.rules.feedback.StoreStatusFeedbackService;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.translation.RulesTranslator;
import no.saint.rules.ui.feedback.StatusFeedbackService;
import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;
import no.saint.store.demo.BridgecomGenerator;
import no.saint.store.demo.DemoLoader;

/** The bridge service against an H2 file filled with 60 demo companies. */
class StoreStatusFeedbackServiceTest {

	private static final String RULES = """
			rules "Test"
			period quarter = 90 days
			status "Neglected customer" for company {
			    rank 10
			    when count(activities where direction = outgoing, quarter) < 2
			}
			status "Active customer" for company {
			    rank 20
			    when count(activities, quarter) >= 3
			}
			status "Quiet contact" for person {
			    rank 10
			    when count(activities, quarter) = 0
			}
			""";

	private static Path folder;
	private static DatabaseSettings settings;
	private static EvaluationService evaluation;
	private static RuleSet rules;

	@BeforeAll
	static void fillDatabase() throws Exception {
		folder = Files.createTempDirectory("saint-feedback-test");
		settings = new DatabaseSettings("jdbc:h2:" + folder.resolve("crm").toAbsolutePath() + ";LOCK_TIMEOUT=30000",
				"sa", "");
		try (CrmStore store = CrmStores.open(settings)) {
			DemoLoader.load(new BridgecomGenerator(42, LocalDate.now()), 60, store);
		}
		evaluation = evaluationService();
		rules = parseRules();
	}

	@AfterAll
	static void deleteDatabase() throws Exception {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@Test
	void countsMatchEvaluator() throws Exception {
		StatusFeedbackService service = new StoreStatusFeedbackService(evaluation, settings);
		LocalDate today = LocalDate.now();

		Map<String, Long> counts = service.countMatches(rules, today, new NullProgressMonitor());

		Map<String, Long> expected = countDirectly(today);
		assertEquals(expected, counts);
		assertEquals(3, counts.size(), "every status has a count, also those with no match");
		assertTrue(counts.get("Neglected customer") + counts.get("Active customer") > 0,
				"the demo data matches at least one company status: " + counts);
	}

	@Test
	void regenerateStoresCountedMatches() throws Exception {
		StatusFeedbackService service = new StoreStatusFeedbackService(evaluation, settings);

		service.regenerate(rules, new NullProgressMonitor());

		Map<String, Integer> stored = new StatusDatabase(settings).matchesPerStatus();
		Map<String, Long> counts = service.countMatches(rules, LocalDate.now(), new NullProgressMonitor());
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			assertEquals(count.getValue().longValue(), stored.getOrDefault(count.getKey(), 0).longValue(),
					"stored matches of " + count.getKey());
		}
	}

	@Test
	void cancelledCountThrows() {
		StatusFeedbackService service = new StoreStatusFeedbackService(evaluation, settings);
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);

		assertThrows(OperationCanceledException.class, () -> service.countMatches(rules, LocalDate.now(), monitor));
	}

	@Test
	void connectedOnlyWhenH2FileExists() {
		assertTrue(new StoreStatusFeedbackService(evaluation, settings).isConnected());

		DatabaseSettings missing = new DatabaseSettings("jdbc:h2:" + folder.resolve("absent").toAbsolutePath(), "sa",
				"");
		assertFalse(new StoreStatusFeedbackService(evaluation, missing).isConnected());
		assertFalse(Files.exists(folder.resolve("absent.mv.db")), "checking the connection creates no database");
	}

	@Test
	void componentUsesConfiguredDatabase() throws Exception {
		System.setProperty("saint.db.url", settings.url());
		try {
			StatusFeedbackService service = waitForService(StatusFeedbackService.class);

			assertTrue(service instanceof StoreStatusFeedbackService, "registered by the bridge: " + service);
			assertTrue(service.isConnected(), "connected to " + settings.url());
		} finally {
			System.clearProperty("saint.db.url");
		}
	}

	private static Map<String, Long> countDirectly(LocalDate asOf) throws Exception {
		Evaluator evaluator = new Evaluator(rules, asOf);
		Map<String, Long> counts = new HashMap<>();
		rules.statuses().forEach(status -> counts.put(status.name(), 0L));
		try (CrmStore store = CrmStores.open(settings)) {
			StoreSnapshotSource source = new StoreSnapshotSource(store);
			for (EntityType type : EntityType.values()) {
				source.forEach(type, entity -> {
					EntityResult result = evaluator.evaluate(entity);
					for (StatusDefinition status : result.statuses()) {
						counts.merge(status.name(), 1L, Long::sum);
					}
				});
			}
		}
		return counts;
	}

	private static RuleSet parseRules() throws Exception {
		XtextResourceSet resourceSet = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/test.saint"));
		resource.load(new java.io.ByteArrayInputStream(RULES.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				Map.of());
		assertTrue(resource.getErrors().isEmpty(), "rules parse without errors: " + resource.getErrors());
		return new RulesTranslator().translate((RulesFile) resource.getContents().get(0));
	}

	private static EvaluationService evaluationService() throws InterruptedException {
		return waitForService(EvaluationService.class);
	}

	private static <S> S waitForService(Class<S> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(StoreStatusFeedbackServiceTest.class).getBundleContext();
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			S service = tracker.waitForService(10_000);
			assertTrue(service != null, type.getSimpleName() + " is registered");
			return service;
		} finally {
			tracker.close();
		}
	}
}
