package no.saint.rules.ui.outline;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesLanguage;

/** Computes the symbols of a rules file (periods, amount classes, statuses) with the language's document symbol service. */
public final class RulesSymbols {

	private RulesSymbols() {
	}

	/** Returns the top-level symbols of a parse, each with its children. */
	public static List<DocumentSymbol> symbolsOf(ParsedRules parsed) {
		IDocumentSymbolService service = RulesLanguage.get(IDocumentSymbolService.class);
		if (service instanceof IDocumentSymbolService.Noop) {
			service = RulesLanguage.get(HierarchicalDocumentSymbolService.class);
		}
		Document document = new Document(1, parsed.text());
		DocumentSymbolParams params = new DocumentSymbolParams(new TextDocumentIdentifier(parsed.resource().getURI().toString()));
		return service.getSymbols(document, parsed.resource(), params, CancelIndicator.NullImpl);
	}

	/** Returns the document offset of an lsp4j position in {@code text}. */
	public static int offsetOf(String text, org.eclipse.lsp4j.Position position) {
		return new Document(1, text).getOffSet(position);
	}
}
