package no.saint.rules.ui.editor;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.diagnostics.Severity;

import no.saint.evaluation.RuleSet;
import no.saint.rules.ui.Messages;
import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;
import no.saint.rules.ui.RulesUiPlugin;
import no.saint.rules.ui.feedback.StatusFeedback;
import no.saint.rules.ui.feedback.StatusFeedbackService;

/**
 * Regenerates the statuses of the connected CRM database from the rules in
 * the active editor, including unsaved changes, in a cancellable progress
 * dialog. A file with errors is rejected before the database is touched.
 */
public class RegenerateStatusesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		String name = editor.getEditorInput().getName();
		StatusFeedbackService service = StatusFeedback.connectedService();
		if (service == null) {
			MessageDialog.openInformation(shell, Messages.RegenerateStatusesHandler_title,
					Messages.RegenerateStatusesHandler_notConnected);
			return null;
		}

		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			PlatformUI.getWorkbench().getProgressService().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.RegenerateStatusesHandler_title, 10);
				RuleSet rules = validRules(document, progress.split(1));
				if (rules == null) {
					throw new InvocationTargetException(new CoreException(Status.warning(
							NLS.bind(Messages.RegenerateStatusesHandler_invalidFile, name))));
				}
				try {
					service.regenerate(rules, progress.split(9));
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			report(e.getCause(), name);
			return null;
		} catch (InterruptedException e) {
			// Cancelled in the progress dialog; the service keeps the previous statuses.
			return null;
		}
		StatusFeedback.forgetCounts();
		MessageDialog.openInformation(shell, Messages.RegenerateStatusesHandler_title,
				NLS.bind(Messages.RegenerateStatusesHandler_done, name));
		return null;
	}

	/** Returns the translated rules of the document, or {@code null} when validation finds errors. */
	private static RuleSet validRules(IDocument document, SubMonitor monitor) {
		ParsedRules parsed = RulesDocuments.parse(document);
		boolean hasErrors = parsed.validate(monitor::isCanceled).stream()
				.anyMatch(issue -> issue.getSeverity() == Severity.ERROR);
		return hasErrors ? null : StatusFeedback.translate(parsed);
	}

	private static void report(Throwable cause, String name) {
		IStatus status;
		int style = StatusManager.SHOW;
		if (cause instanceof CoreException core && core.getStatus().getSeverity() == IStatus.WARNING) {
			status = new Status(IStatus.WARNING, RulesUiPlugin.PLUGIN_ID, core.getStatus().getMessage());
		} else {
			status = new Status(IStatus.ERROR, RulesUiPlugin.PLUGIN_ID,
					NLS.bind(Messages.RegenerateStatusesHandler_failed, name), cause);
			style |= StatusManager.LOG;
		}
		StatusManager.getManager().handle(status, style);
	}
}
