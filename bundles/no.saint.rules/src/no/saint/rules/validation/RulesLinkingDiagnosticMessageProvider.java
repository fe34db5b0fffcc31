package no.saint.rules.validation;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import com.google.inject.Inject;

import no.saint.rules.rules.RulesPackage.Literals;

/** Reports unknown periods and amount classes with their own issue codes and localized messages. */
public class RulesLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private RulesMessages messages;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		if (context.getReference() == Literals.PERIOD_WINDOW__PERIOD) {
			return new DiagnosticMessage(messages.format(RulesIssueCodes.UNKNOWN_PERIOD, name), Severity.ERROR,
					RulesIssueCodes.UNKNOWN_PERIOD, name);
		}
		if (context.getReference() == Literals.AMOUNT_CLASS_FILTER__CLASSES) {
			return new DiagnosticMessage(messages.format(RulesIssueCodes.UNKNOWN_AMOUNT_CLASS, name),
					Severity.ERROR, RulesIssueCodes.UNKNOWN_AMOUNT_CLASS, name);
		}
		return super.getUnresolvedProxyMessage(context);
	}
}
