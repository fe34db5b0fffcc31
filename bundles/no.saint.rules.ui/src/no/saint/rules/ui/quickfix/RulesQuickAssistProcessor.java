package no.saint.rules.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;
import no.saint.rules.ui.editor.RulesAnnotation;

/** Offers the quick fixes of the problem annotations at the cursor (Ctrl+1 and the problem hover). */
public class RulesQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof RulesAnnotation rulesAnnotation && rulesAnnotation.isQuickFixable();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
		if (document == null || model == null) {
			return new ICompletionProposal[0];
		}
		try {
			ParsedRules parsed = RulesDocuments.parse(document);
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (RulesAnnotation annotation : annotationsAt(model, context.getOffset())) {
				for (RulesQuickFix fix : RulesQuickFixes.fixesFor(annotation.getIssue(), parsed)) {
					proposals.add(new QuickFixProposal(fix, parsed.text()));
				}
			}
			return proposals.toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			ILog.of(RulesQuickAssistProcessor.class).error("Computing quick fixes at offset " + context.getOffset() + " failed", e);
			return new ICompletionProposal[0];
		}
	}

	private static List<RulesAnnotation> annotationsAt(IAnnotationModel model, int offset) {
		List<RulesAnnotation> found = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof RulesAnnotation rulesAnnotation && position != null
					&& position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
				found.add(rulesAnnotation);
			}
		}
		return found;
	}
}
