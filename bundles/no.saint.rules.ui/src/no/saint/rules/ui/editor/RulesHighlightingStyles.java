package no.saint.rules.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * The text attributes of the highlighting style ids that the language's ide
 * services return, for lexical and semantic highlighting alike.
 */
public final class RulesHighlightingStyles {

	private static final Map<String, IToken> TOKENS = Map.of(
			HighlightingStyles.KEYWORD_ID, styled(new Color(127, 0, 85), SWT.BOLD),
			HighlightingStyles.STRING_ID, styled(new Color(42, 0, 255), SWT.NORMAL),
			HighlightingStyles.COMMENT_ID, styled(new Color(63, 127, 95), SWT.NORMAL),
			HighlightingStyles.NUMBER_ID, styled(new Color(125, 125, 125), SWT.NORMAL),
			HighlightingStyles.TYPE_ID, styled(new Color(0, 80, 50), SWT.BOLD),
			HighlightingStyles.DEFINITION_ID, styled(new Color(0, 0, 192), SWT.BOLD),
			HighlightingStyles.TASK_ID, styled(new Color(127, 159, 191), SWT.BOLD),
			HighlightingStyles.INVALID_TOKEN_ID, styled(new Color(255, 0, 0), SWT.NORMAL));

	private static final IToken DEFAULT = new Token(null);

	private RulesHighlightingStyles() {
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
