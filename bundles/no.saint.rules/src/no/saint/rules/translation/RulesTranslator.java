package no.saint.rules.translation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import no.saint.evaluation.AmountClass;
import no.saint.evaluation.Criterion;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.FollowUp;
import no.saint.evaluation.Measure;
import no.saint.evaluation.Operator;
import no.saint.evaluation.PeriodUnit;
import no.saint.evaluation.RecordField;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.Source;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;
import no.saint.rules.AmountClasses;
import no.saint.rules.RulesVocabulary;
import no.saint.rules.rules.AllTimeWindow;
import no.saint.rules.rules.AmountClassFilter;
import no.saint.rules.rules.AmountFilter;
import no.saint.rules.rules.AndCriterion;
import no.saint.rules.rules.AndFilter;
import no.saint.rules.rules.CompareOperator;
import no.saint.rules.rules.Comparison;
import no.saint.rules.rules.CompletedFilter;
import no.saint.rules.rules.Count;
import no.saint.rules.rules.DaysSinceLast;
import no.saint.rules.rules.DaysUntilNext;
import no.saint.rules.rules.EqualityOperator;
import no.saint.rules.rules.FieldCondition;
import no.saint.rules.rules.FieldFilter;
import no.saint.rules.rules.FollowUpType;
import no.saint.rules.rules.LastWindow;
import no.saint.rules.rules.Literal;
import no.saint.rules.rules.NextWindow;
import no.saint.rules.rules.NotCriterion;
import no.saint.rules.rules.NotFilter;
import no.saint.rules.rules.OrCriterion;
import no.saint.rules.rules.OrFilter;
import no.saint.rules.rules.Period;
import no.saint.rules.rules.PeriodWindow;
import no.saint.rules.rules.Query;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.rules.RulesPackage;
import no.saint.rules.rules.Status;
import no.saint.rules.rules.SumAmount;
import no.saint.rules.rules.TimeUnit;
import no.saint.rules.rules.Toggle;

/**
 * Translates a parsed rules file into the evaluation model. Named periods
 * become {@code last} windows and each status gets its effective rank: its
 * explicit rank, or, without one, a rank after every ranked status of its
 * entity type, in file order.
 *
 * <p>The file must have passed validation without errors. A file that still
 * contains an unresolved reference or a missing part gets an
 * {@link IllegalArgumentException} naming the line.
 */
public class RulesTranslator {

	/** Translates {@code file}; see the class comment for what it requires. */
	public RuleSet translate(RulesFile file) {
		Map<no.saint.rules.rules.AmountClass, AmountClass> amountClasses = new IdentityHashMap<>();
		List<AmountClass> amountClassesInFileOrder = new ArrayList<>();
		for (no.saint.rules.rules.AmountClass declared : AmountClasses.of(file)) {
			AmountClass amountClass = new AmountClass(declared.getName(), declared.getLower(), declared.getUpper());
			amountClasses.put(declared, amountClass);
			amountClassesInFileOrder.add(amountClass);
		}

		Map<EntityType, Integer> nextImplicitRank = implicitRankStarts(file);
		Context context = new Context(amountClasses);
		List<StatusDefinition> statuses = new ArrayList<>();
		for (Status status : file.getStatuses()) {
			EntityType type = entityType(status);
			int rank = status.isExplicitRank() ? status.getRank() : nextImplicitRank.merge(type, 1, Integer::sum) - 1;
			statuses.add(translateStatus(status, type, rank, context));
		}
		return new RuleSet(file.getName(), statuses, amountClassesInFileOrder);
	}

	/** Returns, per entity type, the first rank after its highest explicit rank (1 when it has none). */
	private static Map<EntityType, Integer> implicitRankStarts(RulesFile file) {
		Map<EntityType, Integer> starts = new HashMap<>();
		for (EntityType type : EntityType.values()) {
			starts.put(type, 1);
		}
		for (Status status : file.getStatuses()) {
			if (status.isExplicitRank()) {
				starts.merge(entityType(status), status.getRank() + 1, Math::max);
			}
		}
		return starts;
	}

	private record Context(Map<no.saint.rules.rules.AmountClass, AmountClass> amountClasses) {
	}

	private static StatusDefinition translateStatus(Status status, EntityType type, int rank, Context context) {
		FollowUp followUp = null;
		if (status.getFollowUp() != null) {
			followUp = new FollowUp(activityType(status.getFollowUp().getType()), status.getFollowUp().getText());
		}
		boolean visualize = status.isVisualizeSet() ? status.getVisualize() == Toggle.ON : status.getImage() != null;
		Criterion criterion = criterion(require(status.getCriterion(), status, "criterion"), context);
		return new StatusDefinition(status.getName(), type, rank, status.isExplicitRank(), status.getImage(),
				visualize, status.getDescription(), followUp, criterion, line(status));
	}

	private static String activityType(FollowUpType type) {
		return type == FollowUpType.MEETING ? "appointment" : type.getLiteral();
	}

	private static EntityType entityType(Status status) {
		return switch (status.getEntity()) {
		case COMPANY -> EntityType.COMPANY;
		case PERSON -> EntityType.PERSON;
		case PROJECT -> EntityType.PROJECT;
		};
	}

	private static Criterion criterion(no.saint.rules.rules.Criterion criterion, Context context) {
		return switch (criterion) {
		case AndCriterion and -> new Criterion.And(criterion(require(and.getLeft(), and, "condition"), context),
				criterion(require(and.getRight(), and, "condition"), context));
		case OrCriterion or -> new Criterion.Or(criterion(require(or.getLeft(), or, "condition"), context),
				criterion(require(or.getRight(), or, "condition"), context));
		case NotCriterion not -> new Criterion.Not(criterion(require(not.getOperand(), not, "condition"), context));
		case Comparison comparison -> comparison(comparison, context);
		case FieldCondition field -> new Criterion.FieldIn(require(field.getPath(), field, "field"),
				values(field.getValues()), field.isNegated() || field.getOperator() == EqualityOperator.NOT_EQUAL);
		default -> throw incomplete(criterion, "condition");
		};
	}

	private static Criterion comparison(Comparison comparison, Context context) {
		no.saint.rules.rules.Measure measure = require(comparison.getMeasure(), comparison, "measure");
		BigDecimal threshold = require(comparison.getValue(), comparison, "number");
		if (comparison.eIsSet(RulesPackage.Literals.COMPARISON__UNIT) && comparison.getUnit() == TimeUnit.WEEKS) {
			threshold = threshold.multiply(BigDecimal.valueOf(7));
		}
		return new Criterion.Comparison(measure(measure, context), operator(comparison.getOperator()), threshold);
	}

	private static Measure measure(no.saint.rules.rules.Measure measure, Context context) {
		return switch (measure) {
		case Count count -> new Measure.Count(source(count.getQuery()), filter(count.getQuery(), context),
				window(count.getWindow()));
		case SumAmount sum -> new Measure.SumAmount(source(sum.getQuery()), filter(sum.getQuery(), context),
				window(sum.getWindow()));
		case DaysSinceLast since -> new Measure.DaysSinceLast(source(since.getQuery()), filter(since.getQuery(), context));
		case DaysUntilNext until -> new Measure.DaysUntilNext(source(until.getQuery()), filter(until.getQuery(), context));
		default -> throw incomplete(measure, "measure");
		};
	}

	private static Source source(Query query) {
		if (query == null) {
			throw new IllegalArgumentException("A measure has no record source.");
		}
		return switch (query.getSource()) {
		case ACTIVITIES -> Source.ACTIVITIES;
		case SALES -> Source.SALES;
		case REQUESTS -> Source.REQUESTS;
		};
	}

	private static Filter filter(Query query, Context context) {
		return query.getFilter() == null ? new Filter.Any() : filter(query.getFilter(), query, context);
	}

	private static Filter filter(no.saint.rules.rules.Filter filter, Query query, Context context) {
		return switch (filter) {
		case AndFilter and -> new Filter.And(filter(require(and.getLeft(), and, "filter"), query, context),
				filter(require(and.getRight(), and, "filter"), query, context));
		case OrFilter or -> new Filter.Or(filter(require(or.getLeft(), or, "filter"), query, context),
				filter(require(or.getRight(), or, "filter"), query, context));
		case NotFilter not -> new Filter.Not(filter(require(not.getOperand(), not, "filter"), query, context));
		case CompletedFilter completed -> new Filter.Completed();
		case FieldFilter field -> fieldFilter(field, query);
		case AmountFilter amount -> new Filter.AmountCompare(operator(amount.getOperator()),
				require(amount.getValue(), amount, "amount"));
		case AmountClassFilter amountClass -> amountClassFilter(amountClass, context);
		default -> throw incomplete(filter, "filter");
		};
	}

	private static Filter fieldFilter(FieldFilter field, Query query) {
		RecordField recordField = RulesVocabulary.recordField(query.getSource(), field.getField())
				.orElseThrow(() -> incomplete(field, "filter field"));
		boolean negated = field.isNegated() || field.getOperator() == EqualityOperator.NOT_EQUAL;
		return new Filter.FieldIn(recordField, values(field.getValues()), negated);
	}

	/** Turns {@code amount class in (a, b)} into a or b, and {@code !=} or {@code not in} into its negation. */
	private static Filter amountClassFilter(AmountClassFilter filter, Context context) {
		Filter result = null;
		for (no.saint.rules.rules.AmountClass reference : filter.getClasses()) {
			AmountClass amountClass = context.amountClasses().get(reference);
			if (amountClass == null) {
				throw incomplete(filter, "amount class");
			}
			Filter single = new Filter.InAmountClass(amountClass);
			result = result == null ? single : new Filter.Or(result, single);
		}
		if (result == null) {
			throw incomplete(filter, "amount class");
		}
		boolean negated = filter.isNegated() || filter.getOperator() == EqualityOperator.NOT_EQUAL;
		return negated ? new Filter.Not(result) : result;
	}

	private static List<String> values(List<Literal> literals) {
		List<String> values = new ArrayList<>();
		for (Literal literal : literals) {
			values.add(literal.getText() != null ? literal.getText() : literal.getSymbol());
		}
		return values;
	}

	private static Window window(no.saint.rules.rules.Window window) {
		return switch (window) {
		case null -> new Window.AllTime();
		case AllTimeWindow all -> new Window.AllTime();
		case LastWindow last -> new Window.Last(last.getLength(), unit(last.getUnit()));
		case NextWindow next -> new Window.Next(next.getLength(), unit(next.getUnit()));
		case PeriodWindow named -> {
			Period period = named.getPeriod();
			if (period == null || period.eIsProxy()) {
				throw incomplete(named, "declared period");
			}
			yield new Window.Last(period.getLength(), unit(period.getUnit()));
		}
		default -> throw incomplete(window, "window");
		};
	}

	private static PeriodUnit unit(TimeUnit unit) {
		return switch (unit) {
		case DAYS -> PeriodUnit.DAYS;
		case WEEKS -> PeriodUnit.WEEKS;
		case MONTHS -> PeriodUnit.MONTHS;
		case YEARS -> PeriodUnit.YEARS;
		};
	}

	private static Operator operator(CompareOperator operator) {
		return switch (operator) {
		case LESS -> Operator.LESS;
		case LESS_OR_EQUAL -> Operator.LESS_OR_EQUAL;
		case EQUAL -> Operator.EQUAL;
		case NOT_EQUAL -> Operator.NOT_EQUAL;
		case GREATER_OR_EQUAL -> Operator.GREATER_OR_EQUAL;
		case GREATER -> Operator.GREATER;
		};
	}

	private static <T> T require(T value, EObject owner, String part) {
		if (value == null) {
			throw incomplete(owner, part);
		}
		return value;
	}

	private static IllegalArgumentException incomplete(EObject element, String part) {
		return new IllegalArgumentException("Cannot translate the rules file: missing or invalid " + part
				+ " at line " + line(element) + ". Fix the errors that validation reports first.");
	}

	private static int line(EObject element) {
		INode node = NodeModelUtils.getNode(element);
		return node == null ? 0 : node.getStartLine();
	}
}
