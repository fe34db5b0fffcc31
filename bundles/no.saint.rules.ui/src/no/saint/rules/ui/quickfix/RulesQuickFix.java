package no.saint.rules.ui.quickfix;

import java.util.List;

import org.eclipse.xtext.util.ReplaceRegion;

/**
 * One way to fix an issue: a label for the user and the text replacements
 * that apply it, in offsets of the validated text.
 *
 * @param label        the text shown in the quick fix list
 * @param replacements the replacements, none overlapping
 */
public record RulesQuickFix(String label, List<ReplaceRegion> replacements) {

	public RulesQuickFix {
		replacements = List.copyOf(replacements);
	}
}
