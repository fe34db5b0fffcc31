package no.saint.rules.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

import no.saint.rules.ui.Messages;

/**
 * Templates that content assist offers next to the keyword that starts
 * them, so they appear exactly where the grammar allows that keyword.
 */
public final class RulesTemplates {

	/** The keyword that starts a status block. */
	public static final String STATUS_KEYWORD = "status";

	private RulesTemplates() {
	}

	/** Returns the template proposals for the keywords among the ide proposal entries. */
	public static List<ICompletionProposal> proposalsFor(List<ContentAssistEntry> entries, int offset) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : entries) {
			if (STATUS_KEYWORD.equals(entry.getProposal())) {
				proposals.add(statusBlock(entry, offset));
			}
		}
		return proposals;
	}

	private static ICompletionProposal statusBlock(ContentAssistEntry keyword, int offset) {
		String prefix = keyword.getPrefix() == null ? "" : keyword.getPrefix();
		String text = Messages.RulesTemplates_statusBlock;
		int namePosition = text.indexOf('"') + 1;
		return new CompletionProposal(text, offset - prefix.length(), prefix.length(), namePosition, null,
				Messages.RulesTemplates_statusBlockLabel, null, Messages.RulesTemplates_statusBlockDescription);
	}
}
