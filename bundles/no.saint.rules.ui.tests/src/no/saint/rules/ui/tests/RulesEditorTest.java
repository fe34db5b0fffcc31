package no.saint.rules.ui.tests;

import static no.saint.rules.ui.tests.EditorFixture.annotations;
import static no.saint.rules.ui.tests.EditorFixture.document;
import static no.saint.rules.ui.tests.EditorFixture.viewer;
import static no.saint.rules.ui.tests.EditorFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.saint.rules.ui.markers.RulesMarkerJob;
import no.saint.rules.ui.tests.EditorFixture.AnnotationAt;

class RulesEditorTest {

	@AfterEach
	void closeEditors() {
		EditorFixture.closeAll();
	}

	@Test
	void exampleOpensWithoutErrors() throws Exception {
		IFile file = EditorFixture.createFile("example.saint", EditorFixture.exampleText());
		ITextEditor editor = EditorFixture.open(file);

		// Let the first reconcile run, then check it reported nothing.
		EditorFixture.spin(1500);
		assertEquals(List.of(), annotations(editor));
		StyledText widget = viewer(editor).getTextWidget();
		int keyword = document(editor).get().indexOf("rules \"");
		assertEquals(SWT.BOLD, widget.getStyleRangeAtOffset(keyword).fontStyle, "style of the keyword 'rules'");

		Path screenshot = EditorFixture.screenshot(EditorFixture.workbenchShell(), "rules-editor-example");
		assertTrue(Files.size(screenshot) > 1000, "screenshot " + screenshot + " is empty");
	}

	@Test
	void typedErrorShowsAnnotationAndMarker() throws Exception {
		IFile file = EditorFixture.createFile("typed-error.saint", EditorFixture.exampleText());
		ITextEditor editor = EditorFixture.open(file);
		IDocument document = document(editor);
		int statusLine = document.getLineOfOffset(document.get().indexOf("rank 20"));
		int lineStart = document.getLineOffset(statusLine + 1);

		StyledText widget = viewer(editor).getTextWidget();
		widget.setCaretOffset(lineStart);
		widget.insert("    colour \"red\"\n");
		int errorLine = statusLine + 1;

		waitUntil("an error annotation", () -> annotations(editor).stream().anyMatch(AnnotationAt::isError));
		AnnotationAt error = annotations(editor).stream().filter(AnnotationAt::isError).findFirst().orElseThrow();
		assertEquals(errorLine, document.getLineOfOffset(error.position().getOffset()), "line of " + error);
		assertFalse(error.annotation().getText().isBlank());
		EditorFixture.screenshot(EditorFixture.workbenchShell(), "rules-editor-typed-error");

		editor.doSave(null);
		waitUntil("a problem marker", () -> markers(file).length > 0);
		IMarker marker = markers(file)[0];
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(errorLine + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(error.position().getOffset(), marker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(error.annotation().getText(), marker.getAttribute(IMarker.MESSAGE, ""));
	}

	@Test
	void fixedErrorRemovesMarkerOnSave() throws Exception {
		IFile file = EditorFixture.createFile("fixed-error.saint", "rules \"Test\"\nperiod kvartal = 90 dayz\n");
		waitUntil("a problem marker", () -> markers(file).length > 0);
		ITextEditor editor = EditorFixture.open(file);
		IDocument document = document(editor);

		document.replace(document.get().indexOf("dayz"), 4, "days");
		editor.doSave(null);

		waitUntil("no problem markers", () -> markers(file).length == 0);
		waitUntil("no annotations", () -> annotations(editor).isEmpty());
	}

	@Test
	void contentAssistProposesKeywords() throws Exception {
		IFile file = EditorFixture.createFile("assist.saint", "rules \"Test\"\n\n");
		ITextEditor editor = EditorFixture.open(file);
		ISourceViewer viewer = viewer(editor);
		viewer.getTextWidget().setFocus();
		viewer.setSelectedRange(document(editor).getLength(), 0);

		viewer.getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);

		List<String> proposals = new ArrayList<>();
		waitUntil("the content assist popup", () -> {
			proposals.clear();
			proposals.addAll(popupProposals(viewer.getTextWidget().getDisplay()));
			// The generic editor shows a placeholder row while the processors compute.
			return !proposals.isEmpty() && proposals.stream().noneMatch(label -> label.startsWith("Computing"));
		});
		assertTrue(proposals.stream().anyMatch(label -> label.startsWith("status")), "proposals: " + proposals);
		assertTrue(proposals.stream().anyMatch(label -> label.startsWith("period")), "proposals: " + proposals);
		assertTrue(proposals.contains(no.saint.rules.ui.Messages.RulesTemplates_statusBlockLabel), "proposals: " + proposals);
		EditorFixture.screenshot(EditorFixture.workbenchShell(), "rules-editor-content-assist");
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(RulesMarkerJob.MARKER_TYPE, false, IResource.DEPTH_ZERO);
		} catch (Exception e) {
			return new IMarker[0];
		}
	}

	/** Returns the item texts of every visible table in a popup shell, which is where the proposal list lives. */
	private static List<String> popupProposals(Display display) {
		List<String> labels = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			collectPopupTables(shell, labels);
		}
		return labels;
	}

	private static void collectPopupTables(Shell shell, List<String> labels) {
		for (Shell child : shell.getShells()) {
			if (child.isVisible()) {
				collectTables(child, labels);
			}
			collectPopupTables(child, labels);
		}
	}

	private static void collectTables(Control control, List<String> labels) {
		if (control instanceof Table table) {
			Arrays.stream(table.getItems()).map(TableItem::getText).forEach(labels::add);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTables(child, labels);
			}
		}
	}
}
