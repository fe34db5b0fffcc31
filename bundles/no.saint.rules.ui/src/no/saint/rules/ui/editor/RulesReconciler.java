package no.saint.rules.ui.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Parses and validates a rules document on a background thread once the
 * user has stopped typing for {@link #DELAY_MS} milliseconds, then replaces
 * the problem annotations and the semantic colours of the editor.
 */
public class RulesReconciler extends MonoReconciler {

	/** The pause after the last keystroke before the document is validated, in milliseconds. */
	public static final int DELAY_MS = 100;

	private final RulesValidationStrategy strategy;

	public RulesReconciler() {
		this(new RulesValidationStrategy());
	}

	private RulesReconciler(RulesValidationStrategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(DELAY_MS);
	}

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer sourceViewer) {
			strategy.install(sourceViewer);
		}
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		strategy.uninstall();
	}
}
