package no.saint.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.saint.rules.rules.AmountClass;
import no.saint.rules.rules.AmountClassBlock;
import no.saint.rules.rules.RulesFile;

/** Access to the amount classes of a rules file, which may be spread over several {@code amount classes} blocks. */
public final class AmountClasses {

	/** Orders classes by lower bound, a class without one ({@code below B}) first. */
	public static final Comparator<AmountClass> BY_LOWER_BOUND = Comparator.comparing(AmountClass::getLower,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private AmountClasses() {
	}

	/** Returns every amount class of the file, in file order. */
	public static List<AmountClass> of(RulesFile file) {
		List<AmountClass> classes = new ArrayList<>();
		for (AmountClassBlock block : file.getAmountClassBlocks()) {
			classes.addAll(block.getClasses());
		}
		return classes;
	}
}
