package no.saint.rules.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
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
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.Issue;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;
import no.saint.rules.ui.RulesLanguage;

/**
 * Validates the whole document with the language's validator and shows each
 * issue as a {@link RulesAnnotation}. Problem markers are written on save by
 * the marker updater and are not drawn in the editor, so an error shows once.
 * The document is reparsed incrementally ({@link IncrementalParse}), and
 * syntax errors are shown right after the parse, before the validation of
 * the whole file replaces all annotations.
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
			if (parsed.resource().getParseResult() != null && parsed.resource().getParseResult().hasSyntaxErrors()) {
				// Syntax errors come from the parse alone, so they show before the slower validation.
				replaceAnnotations(syntaxErrors(parsed), RulesValidationStrategy::isSyntaxError);
			}
			List<Issue> issues = parsed.validate(this::isCanceled);
			if (isCanceled()) {
				return;
			}
			replaceAnnotations(issues, annotation -> true);
			if (semanticHighlighter != null) {
				semanticHighlighter.update(parsed, this::isCanceled);
			}
		} catch (OperationCanceledException | OperationCanceledError e) {
			// A newer change cancelled this run; the reconciler runs again for it. Xtext wraps
			// the cancellation in an Error, which would end the reconciler thread if it escaped.
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

	private static List<Issue> syntaxErrors(ParsedRules parsed) {
		List<Issue> issues = new ArrayList<>();
		IDiagnosticConverter converter = RulesLanguage.get(IDiagnosticConverter.class);
		for (Resource.Diagnostic diagnostic : parsed.resource().getErrors()) {
			if (diagnostic instanceof XtextSyntaxDiagnostic) {
				converter.convertResourceDiagnostic(diagnostic, Severity.ERROR, issues::add);
			}
		}
		return issues;
	}

	private static boolean isSyntaxError(RulesAnnotation annotation) {
		return annotation.getIssue().isSyntaxError();
	}

	/** Replaces the rules annotations that {@code replaced} selects with annotations of {@code issues}. */
	private void replaceAnnotations(List<Issue> issues, Predicate<RulesAnnotation> replaced) {
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
				if (annotation instanceof RulesAnnotation rulesAnnotation && replaced.test(rulesAnnotation)) {
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
