package no.saint.rules.ui.tests;

import static no.saint.rules.ui.tests.EditorFixture.document;
import static no.saint.rules.ui.tests.EditorFixture.viewer;
import static no.saint.rules.ui.tests.EditorFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.editor.RulesTextHover;
import no.saint.rules.ui.outline.RulesOutlinePage;
import no.saint.rules.ui.outline.RulesSymbols;
import no.saint.rules.ui.wizards.NewRulesFileWizard;

class RulesEditorServicesTest {

	@AfterEach
	void closeEditors() {
		EditorFixture.closeAll();
	}

	@Test
	void hoverExplainsKeyword() throws Exception {
		String text = EditorFixture.exampleText();
		ParsedRules parsed = ParsedRules.parse(text, ParsedRules.UNSAVED_URI);

		String hover = RulesTextHover.hoverText(parsed, text.indexOf("rank 20") + 1);

		assertNotNull(hover, "hover on the keyword 'rank'");
		assertTrue(!hover.isBlank());
	}

	@Test
	void outlineListsStatuses() throws Exception {
		String text = EditorFixture.exampleText();
		List<String> names = RulesSymbols.symbolsOf(ParsedRules.parse(text, ParsedRules.UNSAVED_URI)).stream()
				.flatMap(symbol -> symbol.getChildren() == null ? java.util.stream.Stream.of(symbol) : symbol.getChildren().stream())
				.map(DocumentSymbol::getName)
				.toList();

		assertTrue(names.stream().anyMatch(name -> name.contains("Forsømt kunde")), "symbols: " + names);
		assertTrue(names.stream().anyMatch(name -> name.contains("kvartal")), "symbols: " + names);

		ITextEditor editor = EditorFixture.open(EditorFixture.createFile("outline.saint", text));
		assertInstanceOf(RulesOutlinePage.class, editor.getAdapter(IContentOutlinePage.class));
	}

	@Test
	void statusNameHasSemanticColour() throws Exception {
		String text = EditorFixture.exampleText();
		ITextEditor editor = EditorFixture.open(EditorFixture.createFile("colours.saint", text));
		StyledText widget = viewer(editor).getTextWidget();
		int nameOffset = document(editor).get().indexOf("Forsømt kunde");
		StyleRange before = widget.getStyleRangeAtOffset(nameOffset);
		assertNotNull(before, "lexical style of the status name");

		waitUntil("the semantic colour of the status name", () -> {
			StyleRange style = widget.getStyleRangeAtOffset(nameOffset);
			return style != null && !style.foreground.equals(before.foreground);
		});
	}

	@Test
	void wizardCreatesExampleFile() throws Exception {
		IProject project = EditorFixture.createFile("placeholder.txt", "").getProject();
		NewRulesFileWizard wizard = new NewRulesFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(EditorFixture.workbenchShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		EditorFixture.screenshot(dialog.getShell(), "rules-new-file-wizard");

		assertTrue(wizard.performFinish());
		dialog.close();

		IFile file = project.getFile(no.saint.rules.ui.Messages.NewRulesFileWizard_defaultFileName);
		assertTrue(file.exists(), file + " exists");
		try (InputStream in = file.getContents()) {
			assertEquals(EditorFixture.exampleText(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertInstanceOf(ITextEditor.class, active, "the editor of the new file");
	}
}
