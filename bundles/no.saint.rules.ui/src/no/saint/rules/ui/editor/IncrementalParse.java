package no.saint.rules.ui.editor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

import no.saint.rules.ui.ParsedRules;

/**
 * The reconciler's own parse of one document, brought up to date by
 * reparsing only the region that changed since the last call
 * ({@link XtextResource#update(int, int, String)}), which on a large file
 * costs a fraction of a full parse.
 *
 * <p>Not thread-safe, and the resource changes in place: only the
 * reconciler thread may use it, and the {@link ParsedRules} it returns must
 * not be handed to other threads. Other features parse through
 * {@link no.saint.rules.ui.RulesDocuments}, whose results are never changed.
 */
final class IncrementalParse {

	private final URI uri;

	private XtextResource resource;

	private String text;

	IncrementalParse(URI uri) {
		this.uri = uri;
	}

	/** Returns the parse of {@code newText}, reparsing only what differs from the previous text. */
	ParsedRules update(String newText) {
		if (resource == null) {
			return parseFully(newText);
		}
		if (newText.equals(text)) {
			return new ParsedRules(text, resource);
		}

		int prefix = commonPrefix(text, newText);
		int suffix = commonSuffix(text, newText, prefix);
		int replacedLength = text.length() - prefix - suffix;
		String inserted = newText.substring(prefix, newText.length() - suffix);
		try {
			resource.update(prefix, replacedLength, inserted);
		} catch (RuntimeException e) {
			ILog.of(IncrementalParse.class).warn("Reparsing " + uri + " at offset " + prefix + " failed; parsing the whole text", e);
			return parseFully(newText);
		}

		IParseResult result = resource.getParseResult();
		if (result == null || result.getRootNode() == null || !newText.equals(result.getRootNode().getText())) {
			// The node model must hold exactly the new text, or every offset would be wrong.
			ILog.of(IncrementalParse.class).warn("Reparsing " + uri + " at offset " + prefix + " left a different text; parsing the whole text");
			return parseFully(newText);
		}
		text = newText;
		return new ParsedRules(text, resource);
	}

	private ParsedRules parseFully(String newText) {
		ParsedRules parsed = ParsedRules.parse(newText, uri);
		resource = parsed.resource();
		text = newText;
		return parsed;
	}

	private static int commonPrefix(String a, String b) {
		int max = Math.min(a.length(), b.length());
		int index = 0;
		while (index < max && a.charAt(index) == b.charAt(index)) {
			index++;
		}
		return index;
	}

	/** Returns the length of the common end of both texts that does not overlap the first {@code prefix} characters. */
	private static int commonSuffix(String a, String b, int prefix) {
		int max = Math.min(a.length(), b.length()) - prefix;
		int length = 0;
		while (length < max && a.charAt(a.length() - 1 - length) == b.charAt(b.length() - 1 - length)) {
			length++;
		}
		return length;
	}
}
