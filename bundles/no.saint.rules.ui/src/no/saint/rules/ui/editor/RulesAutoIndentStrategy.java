package no.saint.rules.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.DefaultIndentLineAutoEditStrategy;

/**
 * Indents a new line like the line above it, one level deeper after an
 * opening brace, and moves a closing brace typed at the start of a line back
 * to the level of its block.
 */
public class RulesAutoIndentStrategy extends DefaultIndentLineAutoEditStrategy {

	/** The text of one indentation level, as the formatter writes it. */
	public static final String INDENT = "    ";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.length != 0 || command.text == null) {
			return;
		}
		try {
			if (TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1) {
				indentNewLine(document, command);
			} else if ("}".equals(command.text)) {
				outdentClosingBrace(document, command);
			}
		} catch (BadLocationException e) {
			// The command is left as typed.
		}
	}

	private static void indentNewLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String indent = leadingWhitespace(before);
		if (before.stripTrailing().endsWith("{")) {
			indent += INDENT;
		}
		command.text = command.text + indent;
	}

	private static void outdentClosingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.isBlank()) {
			return;
		}
		String outdented = before.length() >= INDENT.length() ? before.substring(INDENT.length()) : "";
		command.offset = line.getOffset();
		command.length = before.length();
		command.text = outdented + "}";
	}

	private static String leadingWhitespace(String text) {
		int end = 0;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(0, end);
	}
}
