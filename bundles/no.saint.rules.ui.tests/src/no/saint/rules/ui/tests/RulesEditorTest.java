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
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.TextInvocationContext;
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

import no.saint.rules.ui.Messages;
import no.saint.rules.ui.markers.RulesMarkerJob;
import no.saint.rules.ui.quickfix.RulesQuickAssistProcessor;
import no.saint.rules.validation.RulesIssueCodes;
import no.saint.rules.ui.tests.EditorFixture.AnnotationAt;

class RulesEditorTest {

	@AfterEach
	void closeEditors() {
		EditorFixture.closeAll();
	}

	@Test
	void exampleOpensWithoutErrors() throws Exception {
		EditorFixture.createFile("images/cobweb.png", "");
		EditorFixture.createFile("images/warning.png", "");
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

		// Error recovery may report more errors elsewhere in the status, but the typed line must have one.
		waitUntil("an error annotation on line " + (errorLine + 1), () -> errorOnLine(editor, errorLine) != null);
		AnnotationAt error = errorOnLine(editor, errorLine);
		assertEquals(lineStart + "    ".length(), error.position().getOffset(), "offset of " + error);
		assertFalse(error.annotation().getText().isBlank());
		EditorFixture.screenshot(EditorFixture.workbenchShell(), "rules-editor-typed-error");

		editor.doSave(null);
		waitUntil("an error marker", () -> errorMarkers(file).length > 0);
		IMarker marker = Arrays.stream(errorMarkers(file))
				.filter(candidate -> candidate.getAttribute(IMarker.CHAR_START, -1) == error.position().getOffset())
				.findFirst()
				.orElseThrow(() -> new AssertionError("no error marker at offset " + error.position().getOffset()));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(errorLine + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(error.position().getOffset(), marker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(error.annotation().getText(), marker.getAttribute(IMarker.MESSAGE, ""));
	}

	@Test
	void fixedErrorRemovesMarkerOnSave() throws Exception {
		IFile file = EditorFixture.createFile("fixed-error.saint", "rules \"Test\"\nperiod kvartal = 90 dayz\n");
		waitUntil("an error marker", () -> errorMarkers(file).length > 0);
		ITextEditor editor = EditorFixture.open(file);
		IDocument document = document(editor);

		document.replace(document.get().indexOf("dayz"), 4, "days");
		editor.doSave(null);

		waitUntil("no error markers", () -> errorMarkers(file).length == 0);
		waitUntil("no error annotations", () -> annotations(editor).stream().noneMatch(AnnotationAt::isError));
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

	@Test
	void quickFixAddsFollowUpText() throws Exception {
		String text = "rules \"Test\"\n\nstatus \"A\" for company {\n    follow-up phone\n    when count(sales) = 0\n}\n";
		IFile file = EditorFixture.createFile("quick-fix.saint", text);
		ITextEditor editor = EditorFixture.open(file);
		ISourceViewer viewer = viewer(editor);
		waitUntil("the missing follow-up text error", () -> annotations(editor).stream()
				.anyMatch(at -> RulesIssueCodes.MISSING_FOLLOW_UP_TEXT.equals(at.annotation().getIssue().getCode())));
		viewer.getTextWidget().setFocus();
		viewer.setSelectedRange(text.indexOf("phone"), 0);

		viewer.getTextOperationTarget().doOperation(ISourceViewer.QUICK_ASSIST);
		List<String> labels = new ArrayList<>();
		waitUntil("the quick fix popup", () -> {
			labels.clear();
			labels.addAll(popupProposals(viewer.getTextWidget().getDisplay()));
			return labels.contains(Messages.RulesQuickFixes_addFollowUpText);
		});
		EditorFixture.screenshot(EditorFixture.workbenchShell(), "rules-editor-quick-fix");
		ICompletionProposal[] proposals = new RulesQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(viewer, text.indexOf("phone"), 0));
		assertEquals(1, proposals.length);
		proposals[0].apply(document(editor));

		assertEquals(text.replace("follow-up phone", "follow-up phone \"" + Messages.RulesQuickFixes_followUpPlaceholder + "\""),
				document(editor).get());
		waitUntil("no error annotations", () -> annotations(editor).stream().noneMatch(AnnotationAt::isError));
	}

	private static AnnotationAt errorOnLine(ITextEditor editor, int line) {
		IDocument document = document(editor);
		return annotations(editor).stream()
				.filter(AnnotationAt::isError)
				.filter(at -> lineOf(document, at.position().getOffset()) == line)
				.findFirst()
				.orElse(null);
	}

	private static int lineOf(IDocument document, int offset) {
		try {
			return document.getLineOfOffset(offset);
		} catch (BadLocationException e) {
			return -1;
		}
	}

	private static IMarker[] errorMarkers(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(RulesMarkerJob.MARKER_TYPE, false, IResource.DEPTH_ZERO))
					.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
					.toArray(IMarker[]::new);
		} catch (CoreException e) {
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
