package no.saint.rules.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.text.edits.DeleteEdit;
import org.eclipse.text.edits.InsertEdit;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Comments out the selected lines with {@code //}, or removes the comment
 * when every selected non-blank line already starts with one.
 */
public class ToggleCommentHandler extends AbstractHandler {

	static final String LINE_COMMENT = "//";

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			try {
				toggle(document, selection.getStartLine(), lastLine(document, selection));
			} catch (BadLocationException e) {
				// The selection no longer fits the document, so nothing is changed.
			}
		}
		return null;
	}

	private static int lastLine(IDocument document, ITextSelection selection) throws BadLocationException {
		int last = selection.getEndLine();
		// A selection that ends at the start of a line does not include that line.
		if (last > selection.getStartLine() && document.getLineOffset(last) == selection.getOffset() + selection.getLength()) {
			last--;
		}
		return last;
	}

	/** Toggles the line comment on lines {@code firstLine} to {@code lastLine} of the document. */
	public static void toggle(IDocument document, int firstLine, int lastLine) throws BadLocationException {
		boolean commented = true;
		for (int line = firstLine; line <= lastLine; line++) {
			String text = lineText(document, line);
			if (!text.isBlank() && !text.stripLeading().startsWith(LINE_COMMENT)) {
				commented = false;
			}
		}

		MultiTextEdit edit = new MultiTextEdit();
		for (int line = firstLine; line <= lastLine; line++) {
			String text = lineText(document, line);
			int lineOffset = document.getLineOffset(line);
			if (commented && !text.isBlank()) {
				edit.addChild(new DeleteEdit(lineOffset + text.indexOf(LINE_COMMENT), LINE_COMMENT.length()));
			} else if (!commented) {
				edit.addChild(new InsertEdit(lineOffset, LINE_COMMENT));
			}
		}
		edit.apply(document);
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
