package no.saint.rules.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.texteditor.ITextEditor;

import no.saint.rules.ui.Messages;
import no.saint.rules.ui.RulesUiPlugin;

/** Formats the rules file in the active editor. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			RulesFormatter.format(document);
		} catch (BadLocationException | RuntimeException e) {
			StatusManager.getManager().handle(
					new Status(IStatus.ERROR, RulesUiPlugin.PLUGIN_ID, Messages.FormatHandler_failed, e),
					StatusManager.LOG | StatusManager.SHOW);
		}
		return null;
	}
}
