package no.saint.rules.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import no.saint.rules.AmountClasses;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.rules.RulesPackage.Literals;

/**
 * Periods and amount classes are visible only inside the file that declares
 * them: every rules file stands for one CRM installation, so names never
 * resolve across files.
 */
public class RulesScopeProvider extends AbstractRulesScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		RulesFile file = EcoreUtil2.getContainerOfType(context, RulesFile.class);
		if (file == null) {
			return IScope.NULLSCOPE;
		}
		if (reference == Literals.PERIOD_WINDOW__PERIOD) {
			return Scopes.scopeFor(file.getPeriods());
		}
		if (reference == Literals.AMOUNT_CLASS_FILTER__CLASSES) {
			return Scopes.scopeFor(AmountClasses.of(file));
		}
		return super.getScope(context, reference);
	}
}
