package no.saint.rules.ide.highlighting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import no.saint.rules.rules.AmountClass;
import no.saint.rules.rules.AmountClassFilter;
import no.saint.rules.rules.FieldCondition;
import no.saint.rules.rules.Period;
import no.saint.rules.rules.PeriodWindow;
import no.saint.rules.rules.RulesPackage.Literals;
import no.saint.rules.rules.Status;

/** Colours status names, periods, amount classes, entity fields and template variables by their meaning. */
public class RulesSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^{}]*\\}");

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		switch (object) {
		case Status status -> {
			highlight(status, Literals.STATUS__NAME, RulesHighlightingStyles.STATUS_NAME, acceptor);
			highlightTemplateVariables(status, acceptor);
		}
		case Period period -> highlight(period, Literals.PERIOD__NAME, RulesHighlightingStyles.PERIOD, acceptor);
		case PeriodWindow window -> highlight(window, Literals.PERIOD_WINDOW__PERIOD, RulesHighlightingStyles.PERIOD,
				acceptor);
		case AmountClass amountClass -> highlight(amountClass, Literals.AMOUNT_CLASS__NAME,
				RulesHighlightingStyles.AMOUNT_CLASS, acceptor);
		case AmountClassFilter filter -> highlight(filter, Literals.AMOUNT_CLASS_FILTER__CLASSES,
				RulesHighlightingStyles.AMOUNT_CLASS, acceptor);
		case FieldCondition condition -> highlight(condition, Literals.FIELD_CONDITION__PATH,
				RulesHighlightingStyles.FIELD, acceptor);
		default -> {
		}
		}
		return false;
	}

	private static void highlight(EObject object, EStructuralFeature feature, String style,
			IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}

	private static void highlightTemplateVariables(Status status, IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(status, Literals.STATUS__DESCRIPTION)) {
			Matcher matcher = TEMPLATE_VARIABLE.matcher(node.getText());
			while (matcher.find()) {
				acceptor.addPosition(node.getOffset() + matcher.start(), matcher.end() - matcher.start(),
						RulesHighlightingStyles.TEMPLATE_VARIABLE);
			}
		}
	}
}
