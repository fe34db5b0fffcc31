package no.saint.rules.ide.hover;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import no.saint.rules.rules.Period;
import no.saint.rules.rules.PeriodWindow;
import no.saint.rules.validation.RulesMessages;

/**
 * Returns the hover text at an offset of a rules file, in the locale of the
 * diagnostics ({@link RulesMessages}): what a keyword means, what an entity
 * field holds, and how a referenced period is declared. The texts come from
 * {@code hover.properties} and its {@code _nb} variant.
 */
public class RulesHoverText {

	private static final String BUNDLE = "no.saint.rules.ide.hover.hover";

	@Inject
	private RulesMessages messages;

	/** Returns the hover text for the word at {@code offset}, or empty where there is nothing to explain. */
	public Optional<String> hoverText(XtextResource resource, int offset) {
		IParseResult parseResult = resource.getParseResult();
		if (parseResult == null || parseResult.getRootNode() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(parseResult.getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return Optional.empty();
		}

		INode fieldPath = fieldPathAround(leaf);
		if (fieldPath != null) {
			String path = NodeModelUtils.getTokenText(fieldPath).replace(" ", "");
			return text("field." + path).map(text -> path + ": " + text);
		}
		if (leaf.getGrammarElement() instanceof Keyword keyword) {
			return text("keyword." + keyword.getValue());
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (element instanceof PeriodWindow window && window.getPeriod() != null && !window.getPeriod().eIsProxy()) {
			return Optional.of(declaration(window.getPeriod()));
		}
		return Optional.empty();
	}

	/** Returns the node of the {@code FieldPath} rule that contains {@code leaf}, or null. */
	private static INode fieldPathAround(ILeafNode leaf) {
		for (INode node = leaf; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof RuleCall call && call.getRule().getName().equals("FieldPath")) {
				return node;
			}
		}
		return null;
	}

	private static String declaration(Period period) {
		INode node = NodeModelUtils.findActualNodeFor(period);
		return node == null ? period.getName() : NodeModelUtils.getTokenText(node);
	}

	private Optional<String> text(String key) {
		Locale locale = messages.getLocale();
		ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, RulesHoverText.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		try {
			return Optional.of(texts.getString(key));
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
	}
}
