package no.saint.rules.ui.tests;

import static no.saint.rules.ui.tests.EditorFixture.document;
import static no.saint.rules.ui.tests.EditorFixture.viewer;
import static no.saint.rules.ui.tests.EditorFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewerExtension2;
import org.eclipse.jface.text.source.inlined.LineHeaderAnnotation;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import no.saint.evaluation.RuleSet;
import no.saint.evaluation.StatusDefinition;
import no.saint.rules.ui.editor.RulesTextHover;
import no.saint.rules.ui.editor.StatusMatchesCodeMiningProvider;
import no.saint.rules.ui.feedback.StatusFeedback;
import no.saint.rules.ui.feedback.StatusFeedbackService;

/**
 * Match counts in the editor, from a status feedback service registered by
 * the test that answers 7 for every status and counts its calls.
 */
class StatusFeedbackEditorTest {

	private final FixedCounts service = new FixedCounts();

	private ServiceRegistration<StatusFeedbackService> registration;

	@BeforeEach
	void registerService() {
		StatusFeedback.forgetCounts();
		registration = FrameworkUtil.getBundle(StatusFeedbackEditorTest.class).getBundleContext()
				.registerService(StatusFeedbackService.class, service, null);
	}

	@AfterEach
	void unregisterService() {
		EditorFixture.closeAll();
		registration.unregister();
		StatusFeedback.forgetCounts();
	}

	@Test
	void miningsShowCountAboveStatuses() throws Exception {
		ITextEditor editor = openExample("counts.saint");
		IDocument document = document(editor);

		waitUntil("the match counts above the statuses", () -> lineHeaders(editor) >= 5);
		EditorFixture.spin(300);
		Path screenshot = EditorFixture.screenshot(EditorFixture.workbenchShell(), "rules-editor-match-counts");
		assertTrue(Files.size(screenshot) > 1000, "screenshot " + screenshot + " is empty");

		StatusMatchesCodeMiningProvider provider = new StatusMatchesCodeMiningProvider();
		try {
			List<? extends ICodeMining> minings = provider
					.provideCodeMinings(viewer(editor), new NullProgressMonitor()).get(20, TimeUnit.SECONDS);
			String label = StatusFeedback.formatMatches(7, LocalDate.now());
			assertEquals(countStatuses(document.get()), minings.size(), "one mining per status");
			for (ICodeMining mining : minings) {
				assertEquals(label, mining.getLabel());
			}
			int firstStatusLine = document.getLineOfOffset(document.get().indexOf("status \""));
			assertEquals(firstStatusLine, document.getLineOfOffset(minings.get(0).getPosition().getOffset()),
					"the first mining's line");
		} finally {
			provider.dispose();
		}
		assertTrue(label(7).startsWith("7 matches as of "), "English label: " + label(7));
	}

	@Test
	void countsReusedUntilSave() throws Exception {
		ITextEditor editor = openExample("cached.saint");
		waitUntil("the match counts above the statuses", () -> lineHeaders(editor) >= 5);
		int callsAfterOpen = service.calls.get();

		StatusFeedback.describeMatches(parseOf(editor), statusNameOffset(editor));
		assertEquals(callsAfterOpen, service.calls.get(), "the hover reuses the counts of the minings");

		IDocument document = document(editor);
		document.replace(document.getLength(), 0, "\n");
		editor.doSave(new NullProgressMonitor());
		waitUntil("a new count after the save", () -> service.calls.get() > callsAfterOpen);
	}

	@Test
	void hoverOnStatusNameShowsCriterionAndCount() throws Exception {
		ITextEditor editor = openExample("hover.saint");
		int offset = statusNameOffset(editor);

		String hover = new RulesTextHover().getHoverInfo(viewer(editor), new Region(offset, 0));

		assertNotNull(hover, "hover on the status name");
		assertTrue(hover.contains("Matches when "), "criterion in words: " + hover);
		assertTrue(hover.contains(label(7)), "count of matches: " + hover);
	}

	private static ITextEditor openExample(String name) throws Exception {
		EditorFixture.createFile("images/cobweb.png", "");
		EditorFixture.createFile("images/warning.png", "");
		IFile file = EditorFixture.createFile(name, EditorFixture.exampleText());
		return EditorFixture.open(file);
	}

	private static String label(long count) {
		return StatusFeedback.formatMatches(count, LocalDate.now());
	}

	private static int statusNameOffset(ITextEditor editor) {
		return document(editor).get().indexOf("\"Dyr kunde\"") + 2;
	}

	private static no.saint.rules.ui.ParsedRules parseOf(ITextEditor editor) {
		return no.saint.rules.ui.RulesDocuments.parse(document(editor));
	}

	private static int countStatuses(String text) {
		int count = 0;
		for (int index = text.indexOf("\nstatus \""); index >= 0; index = text.indexOf("\nstatus \"", index + 1)) {
			count++;
		}
		return count;
	}

	/** Counts the line header annotations that code minings draw in the viewer. */
	private static int lineHeaders(ITextEditor editor) {
		IAnnotationModel model = ((ISourceViewerExtension2) viewer(editor)).getVisualAnnotationModel();
		List<Object> found = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (annotation instanceof LineHeaderAnnotation) {
				found.add(annotation);
			}
		});
		return found.size();
	}

	/** A service with 7 matches for every status, as if a database were connected. */
	private static final class FixedCounts implements StatusFeedbackService {

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public boolean isConnected() {
			return true;
		}

		@Override
		public Map<String, Long> countMatches(RuleSet rules, LocalDate asOf, IProgressMonitor monitor) {
			calls.incrementAndGet();
			Map<String, Long> counts = new LinkedHashMap<>();
			for (StatusDefinition status : rules.statuses()) {
				counts.put(status.name(), 7L);
			}
			return counts;
		}

		@Override
		public void regenerate(RuleSet rules, IProgressMonitor monitor) {
			// Regeneration is not part of these tests.
		}
	}
}
