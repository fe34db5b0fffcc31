package no.saint.rules.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Highlights the bracket that matches the one at the cursor: parentheses and the braces of blocks. */
public class RulesBracketMatcher extends DefaultCharacterPairMatcher {

	public RulesBracketMatcher() {
		super(new char[] { '(', ')', '{', '}' });
	}
}
