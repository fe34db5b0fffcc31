package no.saint.rules.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import no.saint.rules.rules.AndCriterion;
import no.saint.rules.rules.CompareOperator;
import no.saint.rules.rules.Comparison;
import no.saint.rules.rules.Count;
import no.saint.rules.rules.Criterion;
import no.saint.rules.rules.DaysSinceLast;
import no.saint.rules.rules.DaysUntilNext;
import no.saint.rules.rules.EqualityOperator;
import no.saint.rules.rules.FieldCondition;
import no.saint.rules.rules.Literal;
import no.saint.rules.rules.Measure;
import no.saint.rules.rules.NotCriterion;
import no.saint.rules.rules.OrCriterion;
import no.saint.rules.rules.TimeUnit;

/**
 * Finds criteria that can never be true or are always true, by treating each
 * comparison as the interval of measure values it admits. Counts and day
 * measures take whole values: counts and days since last from 0, days until
 * next from 1 (the next record is dated after the as-of date). Sums may take
 * any value.
 */
final class CriterionAnalysis {

	/** Measure values {@code lower..upper}; a null bound is open, and the bounds are inclusive. */
	record Interval(BigDecimal lower, BigDecimal upper) {

		boolean isEmpty() {
			return lower != null && upper != null && lower.compareTo(upper) > 0;
		}

		Interval intersect(Interval other) {
			return new Interval(tighter(lower, other.lower, BigDecimal::max), tighter(upper, other.upper, BigDecimal::min));
		}

		/** Returns the tighter of two bounds, where null is an open bound. */
		private static BigDecimal tighter(BigDecimal bound, BigDecimal otherBound,
				java.util.function.BinaryOperator<BigDecimal> pick) {
			if (bound == null) {
				return otherBound;
			}
			if (otherBound == null) {
				return bound;
			}
			return pick.apply(bound, otherBound);
		}
	}

	private CriterionAnalysis() {
	}

	/** Returns true when the measure takes whole values: counts and numbers of days. */
	static boolean isWholeNumbered(Measure measure) {
		return measure instanceof Count || measure instanceof DaysSinceLast || measure instanceof DaysUntilNext;
	}

	/**
	 * Returns the values the measure admits, or null for a comparison the
	 * analysis cannot bound: a sum compared with a strict operator or {@code !=},
	 * or a day measure with a month or year unit.
	 */
	static Interval range(Comparison comparison) {
		BigDecimal value = threshold(comparison);
		if (value == null) {
			return null;
		}

		Interval domain = domain(comparison.getMeasure());
		boolean whole = isWholeNumbered(comparison.getMeasure());
		Interval admitted = whole ? wholeRange(comparison.getOperator(), value) : realRange(comparison.getOperator(), value);
		return admitted == null ? null : admitted.intersect(domain);
	}

	/** Returns the threshold in the measure's own unit (days for day measures), or null when it has none. */
	private static BigDecimal threshold(Comparison comparison) {
		BigDecimal value = comparison.getValue();
		if (value == null) {
			return null;
		}
		if (!comparison.eIsSet(no.saint.rules.rules.RulesPackage.Literals.COMPARISON__UNIT)
				|| comparison.getUnit() == TimeUnit.DAYS) {
			return value;
		}
		return comparison.getUnit() == TimeUnit.WEEKS ? value.multiply(BigDecimal.valueOf(7)) : null;
	}

	static Interval domain(Measure measure) {
		if (measure instanceof DaysUntilNext) {
			return new Interval(BigDecimal.ONE, null);
		}
		return isWholeNumbered(measure) ? new Interval(BigDecimal.ZERO, null) : new Interval(null, null);
	}

	private static Interval wholeRange(CompareOperator operator, BigDecimal value) {
		BigDecimal floor = value.setScale(0, RoundingMode.FLOOR);
		BigDecimal ceiling = value.setScale(0, RoundingMode.CEILING);
		return switch (operator) {
		case LESS -> new Interval(null, ceiling.subtract(BigDecimal.ONE));
		case LESS_OR_EQUAL -> new Interval(null, floor);
		case EQUAL -> floor.compareTo(ceiling) == 0 ? new Interval(floor, floor) : new Interval(BigDecimal.ONE, BigDecimal.ZERO);
		case GREATER_OR_EQUAL -> new Interval(ceiling, null);
		case GREATER -> new Interval(floor.add(BigDecimal.ONE), null);
		case NOT_EQUAL -> null;
		};
	}

	private static Interval realRange(CompareOperator operator, BigDecimal value) {
		return switch (operator) {
		case LESS_OR_EQUAL -> new Interval(null, value);
		case EQUAL -> new Interval(value, value);
		case GREATER_OR_EQUAL -> new Interval(value, null);
		default -> null;
		};
	}

	/** Returns true when no value of the measure satisfies the comparison. */
	static boolean isNeverTrue(Comparison comparison) {
		Interval range = range(comparison);
		if (range != null) {
			return range.isEmpty();
		}
		return false;
	}

	/** Returns true when every value of the measure satisfies the comparison. */
	static boolean isAlwaysTrue(Comparison comparison) {
		if (comparison.getOperator() == CompareOperator.NOT_EQUAL) {
			Interval equal = comparison.getValue() == null ? null : rangeOfEqual(comparison);
			return equal != null && equal.isEmpty();
		}
		Interval range = range(comparison);
		return range != null && range.equals(domain(comparison.getMeasure()));
	}

	private static Interval rangeOfEqual(Comparison comparison) {
		Comparison equal = EcoreUtil.copy(comparison);
		equal.setOperator(CompareOperator.EQUAL);
		return range(equal);
	}

	/** Returns the conditions joined by {@code and} below {@code criterion}, parentheses removed. */
	static List<Criterion> conjuncts(Criterion criterion) {
		List<Criterion> result = new ArrayList<>();
		if (criterion instanceof AndCriterion and) {
			result.addAll(conjuncts(and.getLeft()));
			result.addAll(conjuncts(and.getRight()));
		} else if (criterion != null) {
			result.add(criterion);
		}
		return result;
	}

	/**
	 * Returns true when conditions joined by {@code and} exclude each other:
	 * comparisons of the same measure with disjoint ranges, or conditions
	 * {@code =}/{@code in} on the same field with no common value.
	 */
	static boolean isContradiction(List<Criterion> conjuncts) {
		for (int i = 0; i < conjuncts.size(); i++) {
			for (int j = i + 1; j < conjuncts.size(); j++) {
				if (excludeEachOther(conjuncts.get(i), conjuncts.get(j))) {
					return true;
				}
			}
		}
		return contradictoryRanges(conjuncts);
	}

	private static boolean excludeEachOther(Criterion first, Criterion second) {
		if (first instanceof FieldCondition a && second instanceof FieldCondition b && a.getPath() != null
				&& a.getPath().equals(b.getPath()) && isPositive(a) && isPositive(b)) {
			Set<String> common = values(a);
			common.retainAll(values(b));
			return common.isEmpty();
		}
		return false;
	}

	private static boolean isPositive(FieldCondition condition) {
		return !condition.isNegated() && condition.getOperator() != EqualityOperator.NOT_EQUAL;
	}

	private static Set<String> values(FieldCondition condition) {
		Set<String> values = new HashSet<>();
		for (Literal literal : condition.getValues()) {
			values.add(literal.getText() != null ? literal.getText() : literal.getSymbol());
		}
		return values;
	}

	/** Intersects the ranges of comparisons on equal measures; an empty intersection is a contradiction. */
	private static boolean contradictoryRanges(List<Criterion> conjuncts) {
		List<Comparison> comparisons = new ArrayList<>();
		for (Criterion conjunct : conjuncts) {
			if (conjunct instanceof Comparison comparison && range(comparison) != null) {
				comparisons.add(comparison);
			}
		}

		for (int i = 0; i < comparisons.size(); i++) {
			Interval combined = range(comparisons.get(i));
			for (int j = i + 1; j < comparisons.size(); j++) {
				if (EcoreUtil.equals(comparisons.get(i).getMeasure(), comparisons.get(j).getMeasure())) {
					combined = combined.intersect(range(comparisons.get(j)));
				}
			}
			if (combined.isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** Returns false when the criterion can never be true, as far as the analysis can tell. */
	static boolean isSatisfiable(Criterion criterion) {
		return switch (criterion) {
		case Comparison comparison -> !isNeverTrue(comparison);
		case AndCriterion and -> {
			List<Criterion> conjuncts = conjuncts(and);
			yield conjuncts.stream().allMatch(CriterionAnalysis::isSatisfiable) && !isContradiction(conjuncts);
		}
		case OrCriterion or -> isSatisfiable(or.getLeft()) || isSatisfiable(or.getRight());
		case NotCriterion not -> !(not.getOperand() instanceof Comparison comparison && isAlwaysTrue(comparison));
		case null -> true;
		default -> true;
		};
	}
}
