package no.saint.rules;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.SimpleNameProvider;

import no.saint.rules.conversion.RulesValueConverterService;
import no.saint.rules.validation.RulesLinkingDiagnosticMessageProvider;

/** The runtime services of the rules language, on top of the generated defaults. */
public class RulesRuntimeModule extends AbstractRulesRuntimeModule {

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return RulesLinkingDiagnosticMessageProvider.class;
	}

	/** Names are simple: periods and amount classes are only referred to inside their own file. */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return SimpleNameProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return RulesValueConverterService.class;
	}
}
