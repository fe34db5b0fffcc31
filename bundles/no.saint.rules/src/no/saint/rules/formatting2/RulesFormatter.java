package no.saint.rules.formatting2;

import java.util.HashMap;

import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

import no.saint.rules.rules.AmountClass;
import no.saint.rules.rules.AmountClassBlock;
import no.saint.rules.rules.AndCriterion;
import no.saint.rules.rules.Criterion;
import no.saint.rules.rules.OrCriterion;
import no.saint.rules.rules.Period;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.rules.Status;

/**
 * Lays out rules files like the examples of the language reference: one
 * declaration per line, a blank line before each status, status settings
 * indented one per line, and each top-level {@code and} or
 * {@code or} of a criterion on its own line. Spacing inside expressions is
 * left as written.
 */
public class RulesFormatter extends AbstractJavaFormatter {

	/** Indents with four spaces, as the examples of the language reference do, whatever the preferences say. */
	@Override
	protected void initialize(FormatterRequest request) {
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, "    ");
		request.setPreferences(preferences);
		super.initialize(request);
	}

	protected void format(RulesFile file, IFormattableDocument document) {
		document.append(regionFor(file).keyword("rules"), spacing -> spacing.oneSpace());
		for (Period period : file.getPeriods()) {
			document.prepend(period, spacing -> spacing.setNewLines(1, 1, 2));
			document.format(period);
		}
		for (AmountClassBlock block : file.getAmountClassBlocks()) {
			document.prepend(block, spacing -> spacing.setNewLines(1, 2, 2));
			document.format(block);
		}
		for (Status status : file.getStatuses()) {
			document.prepend(status, spacing -> spacing.setNewLines(2));
			document.format(status);
		}
		document.append(file, spacing -> spacing.newLine());
	}

	protected void format(Period period, IFormattableDocument document) {
		document.surround(regionFor(period).keyword("="), spacing -> spacing.oneSpace());
		document.append(regionFor(period).keyword("period"), spacing -> spacing.oneSpace());
	}

	protected void format(AmountClassBlock block, IFormattableDocument document) {
		ISemanticRegion open = regionFor(block).keyword("{");
		ISemanticRegion close = regionFor(block).keyword("}");
		document.prepend(open, spacing -> spacing.oneSpace());
		document.interior(open, close, spacing -> spacing.indent());
		document.prepend(close, spacing -> spacing.newLine());
		for (AmountClass amountClass : block.getClasses()) {
			document.prepend(amountClass, spacing -> spacing.newLine());
			document.surround(regionFor(amountClass).keyword("="), spacing -> spacing.oneSpace());
		}
	}

	protected void format(Status status, IFormattableDocument document) {
		ISemanticRegion open = regionFor(status).keyword("{");
		ISemanticRegion close = regionFor(status).keyword("}");
		document.prepend(open, spacing -> spacing.oneSpace());
		document.interior(open, close, spacing -> spacing.indent());
		document.prepend(close, spacing -> spacing.newLine());

		for (String setting : new String[] { "rank", "image", "visualize", "description", "when" }) {
			document.prepend(regionFor(status).keyword(setting), spacing -> spacing.newLine());
			document.append(regionFor(status).keyword(setting), spacing -> spacing.oneSpace());
		}
		if (status.getFollowUp() != null) {
			document.prepend(status.getFollowUp(), spacing -> spacing.newLine());
		}
		if (status.getCriterion() != null) {
			formatTopLevel(status.getCriterion(), document);
		}
	}

	/** Puts each {@code and}/{@code or} that joins top-level conditions on a new line, one space after it. */
	private void formatTopLevel(Criterion criterion, IFormattableDocument document) {
		String keyword;
		if (criterion instanceof AndCriterion) {
			keyword = "and";
		} else if (criterion instanceof OrCriterion) {
			keyword = "or";
		} else {
			return;
		}
		ISemanticRegion joiner = regionFor(criterion).keyword(keyword);
		document.prepend(joiner, spacing -> spacing.newLine());
		document.append(joiner, spacing -> spacing.oneSpace());
		Criterion left = criterion instanceof AndCriterion and ? and.getLeft() : ((OrCriterion) criterion).getLeft();
		if (left != null && left.getClass() == criterion.getClass()) {
			formatTopLevel(left, document);
		}
	}
}
