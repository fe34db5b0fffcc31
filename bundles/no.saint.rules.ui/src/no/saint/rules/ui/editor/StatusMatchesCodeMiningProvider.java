package no.saint.rules.ui.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.codemining.LineHeaderCodeMining;
import org.eclipse.jface.text.source.ISourceViewerExtension5;
import org.eclipse.swt.widgets.Control;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import no.saint.evaluation.RuleSet;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.rules.Status;
import no.saint.rules.ui.Messages;
import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;
import no.saint.rules.ui.RulesUiPlugin;
import no.saint.rules.ui.feedback.StatusFeedback;
import no.saint.rules.ui.feedback.StatusFeedbackService;

/**
 * Shows above each status how many entities it matches in the connected CRM
 * database as of today. The counts are computed in the background when the
 * editor opens and again after each save of the file; while no database is
 * connected, or the file does not translate, the editor shows no minings.
 */
public class StatusMatchesCodeMiningProvider extends AbstractCodeMiningProvider {

	private ITextViewer viewer;

	private IResourceChangeListener saveListener;

	@Override
	public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer textViewer,
			IProgressMonitor monitor) {
		IDocument document = textViewer.getDocument();
		if (document == null || !isRulesFile(document)) {
			return CompletableFuture.completedFuture(List.of());
		}
		listenForSaves(textViewer, document);
		return CompletableFuture.supplyAsync(() -> {
			try {
				return minings(document, monitor);
			} catch (OperationCanceledException e) {
				return List.of();
			} catch (RuntimeException e) {
				ILog.of(StatusMatchesCodeMiningProvider.class).error("Computing the match counts of the rules file failed", e);
				return List.of();
			}
		});
	}

	private List<? extends ICodeMining> minings(IDocument document, IProgressMonitor monitor) {
		StatusFeedbackService service = StatusFeedback.connectedService();
		if (service == null) {
			return List.of();
		}
		ParsedRules parsed = RulesDocuments.parse(document);
		RuleSet rules = StatusFeedback.translate(parsed);
		if (rules == null || rules.statuses().isEmpty()) {
			return List.of();
		}

		LocalDate today = LocalDate.now();
		Map<String, Long> counts;
		String failure = null;
		try {
			counts = StatusFeedback.countMatches(service, rules, today, monitor);
		} catch (CoreException e) {
			ILog.of(StatusMatchesCodeMiningProvider.class).log(e.getStatus());
			counts = Map.of();
			failure = Messages.StatusMatchesCodeMiningProvider_countFailed;
		}

		List<ICodeMining> minings = new ArrayList<>();
		RulesFile file = (RulesFile) parsed.resource().getContents().get(0);
		for (Status status : file.getStatuses()) {
			Long count = counts.get(status.getName());
			String label = count != null ? StatusFeedback.formatMatches(count, today) : failure;
			ICompositeNode node = NodeModelUtils.getNode(status);
			if (label == null || node == null) {
				continue;
			}
			try {
				LineHeaderCodeMining mining = new LineHeaderCodeMining(document.getLineOfOffset(node.getOffset()),
						document, this) {
				};
				mining.setLabel(label);
				minings.add(mining);
			} catch (BadLocationException e) {
				// The document changed after the parse; the next update places the minings again.
			}
		}
		return minings;
	}

	private static boolean isRulesFile(IDocument document) {
		IFile file = RulesDocuments.fileOf(document);
		if (file == null) {
			return false;
		}
		try {
			IContentDescription description = file.getContentDescription();
			return description != null
					&& RulesUiPlugin.CONTENT_TYPE_ID.equals(description.getContentType().getId());
		} catch (CoreException e) {
			return false;
		}
	}

	/** Recounts and redraws the minings whenever the file of the document is saved. */
	private synchronized void listenForSaves(ITextViewer textViewer, IDocument document) {
		if (saveListener != null) {
			return;
		}
		viewer = textViewer;
		IFile file = RulesDocuments.fileOf(document);
		saveListener = event -> {
			IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
			if (delta != null && (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
				StatusFeedback.forgetCounts();
				updateMinings();
			}
		};
		ResourcesPlugin.getWorkspace().addResourceChangeListener(saveListener, IResourceChangeEvent.POST_CHANGE);
	}

	private void updateMinings() {
		ITextViewer current = viewer;
		Control control = current == null ? null : current.getTextWidget();
		if (control == null || control.isDisposed() || !(current instanceof ISourceViewerExtension5 extension)) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				extension.updateCodeMinings();
			}
		});
	}

	@Override
	public synchronized void dispose() {
		if (saveListener != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(saveListener);
			saveListener = null;
		}
		viewer = null;
		super.dispose();
	}
}
