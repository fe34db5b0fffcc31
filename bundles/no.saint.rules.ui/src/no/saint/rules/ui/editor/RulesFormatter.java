package no.saint.rules.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;
import no.saint.rules.ui.RulesLanguage;

/** Formats a rules document with the language's formatter, as one undoable change. */
public final class RulesFormatter {

	private RulesFormatter() {
	}

	/** Replaces the document's text by its formatted form; a document with syntax errors is formatted as far as the formatter can. */
	public static void format(IDocument document) throws BadLocationException {
		ParsedRules parsed = RulesDocuments.parse(document);
		Document text = new Document(1, parsed.text());
		FormattingOptions options = new FormattingOptions(RulesAutoIndentStrategy.INDENT.length(), true);
		List<TextEdit> edits = new ArrayList<>(RulesLanguage.get(FormattingService.class)
				.format(parsed.resource(), text, 0, parsed.text().length(), options));
		edits.sort(Comparator.comparingInt(edit -> text.getOffSet(edit.getRange().getStart())));

		MultiTextEdit change = new MultiTextEdit();
		for (TextEdit edit : edits) {
			int start = text.getOffSet(edit.getRange().getStart());
			int end = text.getOffSet(edit.getRange().getEnd());
			change.addChild(new ReplaceEdit(start, end - start, edit.getNewText()));
		}
		try {
			change.apply(document);
		} catch (MalformedTreeException e) {
			throw new BadLocationException("The formatter returned overlapping edits: " + e.getMessage());
		}
	}
}
