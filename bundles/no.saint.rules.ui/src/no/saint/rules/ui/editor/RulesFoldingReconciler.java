package no.saint.rules.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.util.CancelIndicator;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;
import no.saint.rules.ui.RulesLanguage;

/**
 * Folds the multi-line blocks that the language's folding range provider
 * reports, such as status blocks and amount classes.
 */
public class RulesFoldingReconciler extends MonoReconciler {

	/**
	 * The pause after the last keystroke before the folds are updated, in
	 * milliseconds. It is longer than the validation's pause, so that the full
	 * parse for folding does not compete with validation for the processor.
	 */
	public static final int DELAY_MS = 500;

	public RulesFoldingReconciler() {
		super(new FoldingStrategy(), false);
		setDelay(DELAY_MS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		((FoldingStrategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).viewer = textViewer;
		super.install(textViewer);
	}

	private static final class FoldingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

		private ITextViewer viewer;

		private IDocument document;

		private IProgressMonitor monitor;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			updateFolding();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			updateFolding();
		}

		@Override
		public void reconcile(IRegion partition) {
			updateFolding();
		}

		private void updateFolding() {
			if (!(viewer instanceof ProjectionViewer projectionViewer) || document == null) {
				return;
			}
			try {
				ParsedRules parsed = RulesDocuments.parse(document);
				CancelIndicator cancelIndicator = () -> monitor != null && monitor.isCanceled();
				List<Position> positions = foldedLines(parsed, RulesLanguage.get(IFoldingRangeProvider.class), cancelIndicator);
				Display display = projectionViewer.getTextWidget().getDisplay();
				display.asyncExec(() -> apply(projectionViewer, parsed.text(), positions));
			} catch (OperationCanceledException | OperationCanceledError e) {
				// A newer change cancelled this run; the reconciler runs again for it.
			} catch (RuntimeException e) {
				ILog.of(RulesFoldingReconciler.class).error("Computing the folding regions failed", e);
			}
		}

		private List<Position> foldedLines(ParsedRules parsed, IFoldingRangeProvider provider, CancelIndicator cancelIndicator) {
			List<Position> positions = new ArrayList<>();
			for (FoldingRange range : provider.getFoldingRanges(parsed.resource(), cancelIndicator)) {
				try {
					int firstLine = document.getLineOfOffset(range.getOffset());
					int lastLine = document.getLineOfOffset(range.getOffset() + range.getLength());
					if (lastLine > firstLine) {
						int start = document.getLineOffset(firstLine);
						IRegion last = document.getLineInformation(lastLine);
						String delimiter = document.getLineDelimiter(lastLine);
						int end = last.getOffset() + last.getLength() + (delimiter == null ? 0 : delimiter.length());
						positions.add(new Position(start, end - start));
					}
				} catch (BadLocationException e) {
					// The document changed since the parse; the next reconcile folds again.
				}
			}
			return positions;
		}

		private static void apply(ProjectionViewer viewer, String text, List<Position> positions) {
			ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
			if (model == null || viewer.getDocument() == null || !viewer.getDocument().get().equals(text)) {
				return;
			}
			Map<Position, Annotation> existing = new HashMap<>();
			model.getAnnotationIterator().forEachRemaining(annotation -> {
				Position position = model.getPosition(annotation);
				if (position != null) {
					existing.put(new Position(position.offset, position.length), annotation);
				}
			});
			Map<Annotation, Position> added = new HashMap<>();
			for (Position position : positions) {
				if (existing.remove(position) == null) {
					added.put(new ProjectionAnnotation(), position);
				}
			}
			model.modifyAnnotations(existing.values().toArray(Annotation[]::new), added, null);
		}
	}
}
