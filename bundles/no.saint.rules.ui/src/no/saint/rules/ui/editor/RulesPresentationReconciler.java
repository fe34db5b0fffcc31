package no.saint.rules.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Colours rules files by their tokens. The damager re-lexes only the lines a
 * change touches, which keeps typing fast in large files.
 */
public class RulesPresentationReconciler extends PresentationReconciler {

	public RulesPresentationReconciler() {
		// NOTE: the lexer starts at the first damaged line, so typing inside a
		// multi-line /* */ comment colours the lines below it until the next full repaint.
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(new RulesTokenScanner());
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
