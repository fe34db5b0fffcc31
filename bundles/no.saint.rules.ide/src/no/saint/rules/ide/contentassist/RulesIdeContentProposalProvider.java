package no.saint.rules.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

import no.saint.rules.RulesVocabulary;
import no.saint.rules.lists.ListValueProvider;
import no.saint.rules.rules.FieldCondition;
import no.saint.rules.rules.FieldFilter;
import no.saint.rules.rules.Query;
import no.saint.rules.rules.Status;

/**
 * Proposes, beyond keywords and declared periods and amount classes, the
 * entity fields of the watched entity type after {@code when}, and the values
 * a field takes after {@code =} or {@code in (}: fixed names such as
 * {@code outgoing}, or the configured CRM list values as strings.
 */
public class RulesIdeContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private ListValueProvider listValues;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		EObject model = context.getCurrentModel();
		switch (assignment.getFeature()) {
		case "path" -> proposeFields(model, context, acceptor);
		case "values" -> proposeValues(model, context, acceptor);
		default -> super._createProposals(assignment, context, acceptor);
		}
	}

	private void proposeFields(EObject model, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Status status = EcoreUtil2.getContainerOfType(model, Status.class);
		if (status == null) {
			return;
		}
		for (String path : RulesVocabulary.entityFields(status.getEntity()).keySet()) {
			propose(path, context, acceptor);
		}
	}

	private void proposeValues(EObject model, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		RulesVocabulary.Values values = valuesAt(model);
		if (values == null) {
			return;
		}
		for (String name : values.fixed()) {
			propose(name, context, acceptor);
		}
		if (values.listKind().isPresent()) {
			Set<String> known = listValues.values(values.listKind().get()).orElse(Set.of());
			List<String> sorted = new ArrayList<>(known);
			sorted.sort(null);
			for (String value : sorted) {
				propose("\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"", context, acceptor);
			}
		}
	}

	/** Returns the values of the field being compared at {@code model}, or null when it is not known yet. */
	private static RulesVocabulary.Values valuesAt(EObject model) {
		if (model instanceof FieldFilter filter) {
			Query query = EcoreUtil2.getContainerOfType(filter, Query.class);
			if (query == null) {
				return null;
			}
			return RulesVocabulary.recordField(query.getSource(), filter.getField()).map(RulesVocabulary::values)
					.orElse(null);
		}
		if (model instanceof FieldCondition condition) {
			Status status = EcoreUtil2.getContainerOfType(condition, Status.class);
			if (status == null || condition.getPath() == null) {
				return null;
			}
			return RulesVocabulary.entityFields(status.getEntity()).get(condition.getPath());
		}
		return null;
	}

	private void propose(String text, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(text, context);
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}
}
