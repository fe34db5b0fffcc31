package no.saint.rules.ui.editor;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

import no.saint.rules.ui.RulesLanguage;

/**
 * Splits a range of a rules document into coloured tokens with the
 * language's generated lexer. The ide services map each token type to a
 * highlighting style (keyword, string, comment, number).
 */
public class RulesTokenScanner implements ITokenScanner {

	private final Lexer lexer;

	private final AbstractAntlrTokenToAttributeIdMapper styleMapper;

	private int rangeOffset;

	private int tokenOffset;

	private int tokenLength;

	public RulesTokenScanner() {
		lexer = RulesLanguage.injector().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		styleMapper = styleMapper();
	}

	/**
	 * Returns the language's token style mapper. Without Xtext's Eclipse UI no
	 * module binds the highlighting lexer's token definitions, so the default
	 * mapper gets the runtime lexer's, which has the same token types.
	 */
	private static AbstractAntlrTokenToAttributeIdMapper styleMapper() {
		Injector injector = RulesLanguage.injector();
		if (injector.getExistingBinding(Key.get(AbstractAntlrTokenToAttributeIdMapper.class)) != null) {
			return injector.getInstance(AbstractAntlrTokenToAttributeIdMapper.class);
		}
		DefaultAntlrTokenToAttributeIdMapper mapper = new DefaultAntlrTokenToAttributeIdMapper();
		mapper.setTokenDefProvider(injector.getInstance(ITokenDefProvider.class));
		return mapper;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		try {
			lexer.setCharStream(new ANTLRStringStream(document.get(offset, length)));
		} catch (BadLocationException e) {
			lexer.setCharStream(new ANTLRStringStream(""));
		}
		rangeOffset = offset;
		tokenOffset = offset;
		tokenLength = 0;
	}

	@Override
	public IToken nextToken() {
		org.antlr.runtime.Token next = lexer.nextToken();
		if (next == null || next.getType() == org.antlr.runtime.Token.EOF) {
			return Token.EOF;
		}
		CommonToken token = (CommonToken) next;
		tokenOffset = rangeOffset + token.getStartIndex();
		tokenLength = token.getStopIndex() - token.getStartIndex() + 1;
		return RulesTextAttributes.token(styleMapper.getId(token.getType()));
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
