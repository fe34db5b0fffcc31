package no.saint.rules.ui.editor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;
import no.saint.rules.ui.RulesLanguage;
import no.saint.rules.ui.feedback.StatusFeedback;

/**
 * Shows the language's hover text for the keyword, field or name under the
 * mouse and, on a status name, the current number of matches when a status
 * feedback service is available.
 */
public class RulesTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			ParsedRules parsed = RulesDocuments.parse(viewer.getDocument());
			String text = hoverText(parsed, region.getOffset());
			String matches = StatusFeedback.describeMatches(parsed, region.getOffset());
			if (matches != null) {
				text = text == null ? matches : text + "\n\n" + matches;
			}
			return text;
		} catch (RuntimeException e) {
			ILog.of(RulesTextHover.class).error("Computing the hover at offset " + region.getOffset() + " failed", e);
			return null;
		}
	}

	/** Returns the ide hover service's text at {@code offset} as plain text, or {@code null} when it has none. */
	public static String hoverText(ParsedRules parsed, int offset) {
		Document document = new Document(1, parsed.text());
		HoverParams params = new HoverParams(new TextDocumentIdentifier(parsed.resource().getURI().toString()), document.getPosition(offset));
		Hover hover = RulesLanguage.get(IHoverService.class).hover(document, parsed.resource(), params, CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		String value = hover.getContents().getRight().getValue();
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
