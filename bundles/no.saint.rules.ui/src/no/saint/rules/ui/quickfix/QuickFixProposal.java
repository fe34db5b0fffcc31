package no.saint.rules.ui.quickfix;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.util.ReplaceRegion;

/** A quick fix in the proposal list; applying it replaces text only when the document still has the validated text. */
class QuickFixProposal implements ICompletionProposal {

	private final RulesQuickFix fix;

	private final String validatedText;

	QuickFixProposal(RulesQuickFix fix, String validatedText) {
		this.fix = fix;
		this.validatedText = validatedText;
	}

	@Override
	public void apply(IDocument document) {
		if (!document.get().equals(validatedText)) {
			return;
		}
		List<ReplaceRegion> replacements = fix.replacements().stream().sorted(Comparator.comparingInt(ReplaceRegion::getOffset)).toList();
		MultiTextEdit edit = new MultiTextEdit();
		for (ReplaceRegion replacement : replacements) {
			edit.addChild(new ReplaceEdit(replacement.getOffset(), replacement.getLength(), replacement.getText()));
		}
		try {
			edit.apply(document);
		} catch (BadLocationException e) {
			ILog.of(QuickFixProposal.class).error("Applying the quick fix '" + fix.label() + "' failed", e);
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
