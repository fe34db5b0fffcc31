package no.saint.rules.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension5;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.xtext.validation.Issue;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;

/**
 * Validates the whole document with the language's validator and shows each
 * issue as a {@link RulesAnnotation}. Problem markers are written on save by
 * the marker updater and are not drawn in the editor, so an error shows once.
 * The document is reparsed incrementally ({@link IncrementalParse}), so a
 * keystroke costs one status block's parse and the validation.
 */
class RulesValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private ISourceViewer viewer;

	private IDocument document;

	private IProgressMonitor monitor;

	private SemanticHighlighter semanticHighlighter;

	private IncrementalParse incrementalParse;

	void install(ISourceViewer sourceViewer) {
		viewer = sourceViewer;
		semanticHighlighter = new SemanticHighlighter(sourceViewer);
	}

	void uninstall() {
		if (semanticHighlighter != null) {
			semanticHighlighter.uninstall();
		}
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
		this.incrementalParse = document == null ? null : new IncrementalParse(RulesDocuments.uriOf(document));
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcileDocument();
		updateCodeMinings();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcileDocument();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcileDocument();
	}

	private void reconcileDocument() {
		IDocument current = document;
		IncrementalParse parse = incrementalParse;
		if (current == null || parse == null || viewer == null) {
			return;
		}
		try {
			ParsedRules parsed = parse.update(current.get());
			List<Issue> issues = parsed.validate(this::isCanceled);
			if (isCanceled()) {
				return;
			}
			replaceAnnotations(issues);
			if (semanticHighlighter != null) {
				semanticHighlighter.update(parsed, this::isCanceled);
			}
		} catch (RuntimeException e) {
			// An exception here would stop the reconciler thread for the rest of the session.
			ILog.of(RulesValidationStrategy.class).error("Validating the rules document failed", e);
		}
	}

	/** Asks the code mining providers (the match counts) for their minings once the editor is open. */
	private void updateCodeMinings() {
		ISourceViewer current = viewer;
		StyledText widget = current == null ? null : current.getTextWidget();
		if (widget == null || !(current instanceof ISourceViewerExtension5 extension)) {
			return;
		}
		try {
			widget.getDisplay().asyncExec(() -> {
				if (!widget.isDisposed()) {
					extension.updateCodeMinings();
				}
			});
		} catch (SWTException e) {
			// The editor was closed meanwhile, so there is nothing to update.
		}
	}

	private boolean isCanceled() {
		return monitor != null && monitor.isCanceled();
	}

	private void replaceAnnotations(List<Issue> issues) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getOffset() != null && issue.getLength() != null) {
				added.put(new RulesAnnotation(issue), new Position(issue.getOffset(), issue.getLength()));
			}
		}
		Object lock = model instanceof ISynchronizable synchronizable ? synchronizable.getLockObject() : null;
		synchronized (lock == null ? model : lock) {
			List<Annotation> removed = new ArrayList<>();
			model.getAnnotationIterator().forEachRemaining(annotation -> {
				if (annotation instanceof RulesAnnotation) {
					removed.add(annotation);
				}
			});
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
			} else {
				removed.forEach(model::removeAnnotation);
				added.forEach(model::addAnnotation);
			}
		}
	}
}
