package no.saint.rules.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;

import no.saint.rules.ide.contentassist.RulesIdeContentProposalProvider;
import no.saint.rules.ide.highlighting.RulesSemanticHighlightingCalculator;

/** The ide services of the rules language: content assist, semantic highlighting and document symbols. */
public class RulesIdeModule extends AbstractRulesIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return RulesIdeContentProposalProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return RulesSemanticHighlightingCalculator.class;
	}

	/** Symbols as a tree: the file, then its periods, amount classes and statuses. */
	public Class<? extends IDocumentSymbolService> bindIDocumentSymbolService() {
		return HierarchicalDocumentSymbolService.class;
	}
}
