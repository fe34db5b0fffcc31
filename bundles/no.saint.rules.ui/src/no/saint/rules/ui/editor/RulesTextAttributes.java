package no.saint.rules.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

import no.saint.rules.ide.highlighting.RulesHighlightingStyles;

/**
 * The text attributes of the highlighting style ids that the language's ide
 * services return, for lexical and semantic highlighting alike.
 */
public final class RulesTextAttributes {

	private static final Map<String, IToken> TOKENS = Map.ofEntries(
			Map.entry(HighlightingStyles.KEYWORD_ID, styled(new Color(127, 0, 85), SWT.BOLD)),
			Map.entry(HighlightingStyles.STRING_ID, styled(new Color(42, 0, 255), SWT.NORMAL)),
			Map.entry(HighlightingStyles.COMMENT_ID, styled(new Color(63, 127, 95), SWT.NORMAL)),
			Map.entry(HighlightingStyles.NUMBER_ID, styled(new Color(125, 125, 125), SWT.NORMAL)),
			Map.entry(HighlightingStyles.TYPE_ID, styled(new Color(0, 80, 50), SWT.BOLD)),
			Map.entry(HighlightingStyles.DEFINITION_ID, styled(new Color(0, 0, 192), SWT.BOLD)),
			Map.entry(HighlightingStyles.TASK_ID, styled(new Color(127, 159, 191), SWT.BOLD)),
			Map.entry(HighlightingStyles.INVALID_TOKEN_ID, styled(new Color(255, 0, 0), SWT.NORMAL)),
			Map.entry(RulesHighlightingStyles.STATUS_NAME, styled(new Color(0, 0, 192), SWT.BOLD)),
			Map.entry(RulesHighlightingStyles.PERIOD, styled(new Color(0, 110, 110), SWT.ITALIC)),
			Map.entry(RulesHighlightingStyles.AMOUNT_CLASS, styled(new Color(150, 80, 0), SWT.ITALIC)),
			Map.entry(RulesHighlightingStyles.FIELD, styled(new Color(0, 0, 192), SWT.NORMAL)),
			Map.entry(RulesHighlightingStyles.TEMPLATE_VARIABLE, styled(new Color(100, 70, 150), SWT.BOLD)));

	private static final IToken DEFAULT = new Token(null);

	private RulesTextAttributes() {
	}

	/** Returns the token for a style id; unknown ids and the default style get the editor's text colour. */
	public static IToken token(String styleId) {
		return TOKENS.getOrDefault(styleId, DEFAULT);
	}

	/** Returns the text attribute for a style id, or {@code null} for the default style. */
	public static TextAttribute attribute(String styleId) {
		return (TextAttribute) token(styleId).getData();
	}

	private static IToken styled(Color foreground, int style) {
		return new Token(new TextAttribute(foreground, null, style));
	}
}
