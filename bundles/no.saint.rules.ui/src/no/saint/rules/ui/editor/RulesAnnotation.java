package no.saint.rules.ui.editor;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import no.saint.rules.ui.quickfix.RulesQuickFixes;

/** An editor annotation for one issue that the language's validator reported while the user typed. */
public class RulesAnnotation extends Annotation implements IQuickFixableAnnotation {

	public static final String ERROR_TYPE = "org.eclipse.ui.workbench.texteditor.error";

	public static final String WARNING_TYPE = "org.eclipse.ui.workbench.texteditor.warning";

	public static final String INFO_TYPE = "org.eclipse.ui.workbench.texteditor.info";

	private final Issue issue;

	public RulesAnnotation(Issue issue) {
		super(typeOf(issue.getSeverity()), false, issue.getMessage());
		this.issue = issue;
	}

	/** Returns the validator's issue, with its code and data for quick fixes. */
	public Issue getIssue() {
		return issue;
	}

	@Override
	public void setQuickFixable(boolean state) {
		// The issue code decides whether a fix exists.
	}

	@Override
	public boolean isQuickFixableStateSet() {
		return true;
	}

	@Override
	public boolean isQuickFixable() {
		return RulesQuickFixes.hasFixes(issue.getCode());
	}

	private static String typeOf(Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR_TYPE;
			case WARNING -> WARNING_TYPE;
			default -> INFO_TYPE;
		};
	}
}
