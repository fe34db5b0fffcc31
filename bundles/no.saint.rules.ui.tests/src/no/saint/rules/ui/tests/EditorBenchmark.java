package no.saint.rules.ui.tests;

import static no.saint.rules.ui.tests.EditorFixture.annotations;
import static no.saint.rules.ui.tests.EditorFixture.document;
import static no.saint.rules.ui.tests.EditorFixture.viewer;
import static no.saint.rules.ui.tests.EditorFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import no.saint.rules.ui.editor.RulesReconciler;
import no.saint.rules.ui.tests.EditorFixture.AnnotationAt;

/**
 * Measures the time from a keystroke to the updated problem annotations in a
 * file with 500 statuses. It runs only with {@code -Dbenchmark=EditorBenchmark}
 * and prints {@code BENCHMARK} lines; it asserts nothing about time.
 */
class EditorBenchmark {

	private static final int STATUS_COUNT = 500;

	private static final int WARMUP_ROUNDS = 5;

	private static final int MEASURED_ROUNDS = 20;

	private static final Pattern STATUS_BLOCK = Pattern.compile("(?ms)^status \"([^\"]+)\".*?^}\\n");

	@AfterEach
	void closeEditors() {
		EditorFixture.closeAll();
	}

	@Test
	void keystrokeToAnnotation() throws Exception {
		Assumptions.assumeTrue("EditorBenchmark".equals(System.getProperty("benchmark")), "runs only with -Dbenchmark=EditorBenchmark");
		String text = fileWithStatuses(STATUS_COUNT);
		IFile file = EditorFixture.createFile("benchmark-500.saint", text);

		long openStart = System.nanoTime();
		ITextEditor editor = EditorFixture.open(file);
		IDocument document = document(editor);
		EditorFixture.spin(3000);
		assertEquals(List.of(), annotations(editor), "the generated file must validate without issues");
		print("editor.open.ms", (System.nanoTime() - openStart) / 1e6);

		// The keystroke appends "x" to the rank of a status in the middle, a syntax error.
		int typingOffset = document.get().indexOf('\n', document.get().indexOf("rank 1", text.length() / 2));
		StyledText widget = viewer(editor).getTextWidget();
		List<Double> errorTimes = new ArrayList<>();
		List<Double> clearTimes = new ArrayList<>();
		for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
			long typed = System.nanoTime();
			widget.setCaretOffset(typingOffset);
			widget.insert("x");
			waitUntil("the error annotation", () -> annotations(editor).stream().anyMatch(AnnotationAt::isError));
			double errorMs = (System.nanoTime() - typed) / 1e6;

			long deleted = System.nanoTime();
			widget.replaceTextRange(typingOffset, 1, "");
			waitUntil("no annotations", () -> annotations(editor).isEmpty());
			double clearMs = (System.nanoTime() - deleted) / 1e6;

			if (round >= WARMUP_ROUNDS) {
				errorTimes.add(errorMs);
				clearTimes.add(clearMs);
			}
		}
		print("editor.statuses", STATUS_COUNT);
		print("editor.characters", text.length());
		print("editor.reconcileDelay.ms", RulesReconciler.DELAY_MS);
		print("editor.keystrokeToErrorAnnotation.median.ms", median(errorTimes));
		print("editor.keystrokeToErrorAnnotation.max.ms", max(errorTimes));
		print("editor.keystrokeToClearedAnnotation.median.ms", median(clearTimes));
		print("editor.keystrokeToClearedAnnotation.max.ms", max(clearTimes));
	}

	/** Returns the example file with its status blocks repeated, renamed, until it has {@code count} statuses. */
	static String fileWithStatuses(int count) throws Exception {
		String example = EditorFixture.exampleText();
		Matcher matcher = STATUS_BLOCK.matcher(example);
		List<String> blocks = new ArrayList<>();
		int firstStatus = -1;
		while (matcher.find()) {
			if (firstStatus < 0) {
				firstStatus = matcher.start();
			}
			blocks.add(matcher.group());
		}
		StringBuilder text = new StringBuilder(example.substring(0, firstStatus));
		for (int i = 0; i < count; i++) {
			// Unique names and ranks and no images keep the file free of warnings.
			String block = blocks.get(i % blocks.size())
					.replaceFirst("^status \"([^\"]+)\"", "status \"$1 " + (i + 1) + "\"")
					.replaceFirst("rank \\d+", "rank " + (1000 + i))
					.replaceFirst("(?m)^ *image \"[^\"]*\"\n", "");
			text.append(block).append('\n');
		}
		return text.toString();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static double max(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

	private static void print(String name, double value) {
		System.out.printf("BENCHMARK %s %.1f%n", name, value);
	}
}
