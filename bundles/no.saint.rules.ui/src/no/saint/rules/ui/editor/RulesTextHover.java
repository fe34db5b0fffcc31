package no.saint.rules.ui.editor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

import no.saint.rules.ide.hover.RulesHoverText;
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

	/** Returns the language's hover text for the word at {@code offset}, or {@code null} where there is nothing to explain. */
	public static String hoverText(ParsedRules parsed, int offset) {
		return RulesLanguage.get(RulesHoverText.class).hoverText(parsed.resource(), offset).orElse(null);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
