package no.saint.rules.ide.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import no.saint.rules.ide.RulesIdeSetup;

class RulesIdeSetupTest {

	@Test
	void ideInjectorProvidesProposalProvider() {
		Injector injector = new RulesIdeSetup().createInjectorAndDoEMFRegistration();

		assertInstanceOf(IdeContentProposalProvider.class, injector.getInstance(IdeContentProposalProvider.class));
	}
}
