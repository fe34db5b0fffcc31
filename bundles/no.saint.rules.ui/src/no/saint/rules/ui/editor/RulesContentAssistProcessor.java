package no.saint.rules.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;
import no.saint.rules.ui.RulesLanguage;

/**
 * Offers the proposals of the language's ide proposal provider (keywords,
 * fields, periods, amount classes, list values) and the templates of
 * {@link RulesTemplates} where the grammar expects them.
 */
public class RulesContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		try {
			ParsedRules parsed = RulesDocuments.parse(viewer.getDocument());
			List<ContentAssistEntry> entries = proposalsAt(parsed, offset);

			List<ICompletionProposal> proposals = new ArrayList<>();
			for (ContentAssistEntry entry : entries) {
				proposals.add(toProposal(entry, offset));
			}
			proposals.addAll(RulesTemplates.proposalsFor(entries, offset));
			return proposals.toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			ILog.of(RulesContentAssistProcessor.class).error("Computing content assist proposals at offset " + offset + " failed", e);
			return new ICompletionProposal[0];
		}
	}

	/** Returns the ide proposal provider's entries at {@code offset}, best first. */
	public static List<ContentAssistEntry> proposalsAt(ParsedRules parsed, int offset) {
		ContentAssistContextFactory contextFactory = RulesLanguage.get(ContentAssistContextFactory.class);
		contextFactory.setPool(RulesLanguage.get(ExecutorService.class));
		ContentAssistContext[] contexts = contextFactory.create(parsed.text(), new TextRegion(offset, 0), offset, parsed.resource());

		IdeContentProposalAcceptor acceptor = RulesLanguage.get(IdeContentProposalAcceptor.class);
		RulesLanguage.get(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);

		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	private static ICompletionProposal toProposal(ContentAssistEntry entry, int offset) {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
		if (entry.getDescription() != null) {
			label = label + " - " + entry.getDescription();
		}
		return new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
				entry.getProposal().length(), null, label, null, entry.getDocumentation());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
