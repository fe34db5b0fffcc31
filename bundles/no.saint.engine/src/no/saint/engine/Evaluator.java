package no.saint.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import no.saint.evaluation.Criterion;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;

/**
 * Evaluates the statuses of a rule set in memory, for one as-of date. Windows
 * are measured from that date with the bounds of {@link Window}, so two
 * evaluations of the same data on the same date give the same result. An
 * evaluator is immutable and may be shared between threads.
 */
public final class Evaluator {

	private final RuleSet ruleSet;
	private final LocalDate asOf;
	private final Map<EntityType, List<StatusDefinition>> statusesByType = new EnumMap<>(EntityType.class);
	private final Map<EntityType, List<Measure>> measuresByType = new EnumMap<>(EntityType.class);
	private final Map<Filter, Predicate<CrmRecord>> filters = new HashMap<>();

	public Evaluator(RuleSet ruleSet, LocalDate asOf) {
		this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
		this.asOf = Objects.requireNonNull(asOf, "asOf");
		for (EntityType type : EntityType.values()) {
			List<StatusDefinition> statuses = ruleSet.statusesFor(type);
			statusesByType.put(type, statuses);
			Set<Measure> measures = new LinkedHashSet<>();
			statuses.forEach(status -> collectMeasures(status.criterion(), measures));
			measuresByType.put(type, List.copyOf(measures));
			measures.forEach(measure -> filters.computeIfAbsent(measure.filter(), RecordFilters::compile));
		}
	}

	public RuleSet ruleSet() {
		return ruleSet;
	}

	public LocalDate asOf() {
		return asOf;
	}

	/** Returns the statuses that watch {@code type}, lowest rank first. */
	public List<StatusDefinition> statuses(EntityType type) {
		return statusesByType.get(type);
	}

	/** Returns the distinct measures that the statuses of {@code type} use: the counters of that entity type. */
	public List<Measure> measures(EntityType type) {
		return measuresByType.get(type);
	}

	/** Computes the counters of {@code entity} and the statuses that match it. */
	public EntityResult evaluate(EntitySnapshot entity) {
		Map<Measure, CounterValue> counters = new LinkedHashMap<>();
		for (Measure measure : measures(entity.key().type())) {
			counters.put(measure, measure(entity, measure));
		}
		return decide(entity, counters);
	}

	/**
	 * Returns the result of {@code entity} from counters computed elsewhere,
	 * for example by SQL. {@code counters} must hold every measure of the
	 * entity's type.
	 */
	public EntityResult decide(EntitySnapshot entity, Map<Measure, CounterValue> counters) {
		List<StatusDefinition> matching = new ArrayList<>();
		for (StatusDefinition status : statuses(entity.key().type())) {
			if (holds(status.criterion(), entity, counters)) {
				matching.add(status);
			}
		}
		return new EntityResult(entity.key(), entity.name(), counters, matching);
	}

	/** Returns true when {@code criterion} holds for {@code entity} with the given counter values. */
	public boolean holds(Criterion criterion, EntitySnapshot entity, Map<Measure, CounterValue> counters) {
		return switch (criterion) {
		case Criterion.Comparison comparison -> counterValue(comparison.measure(), entity, counters)
				.satisfies(comparison.operator(), comparison.threshold());
		case Criterion.FieldIn fieldIn -> fieldHolds(fieldIn, entity);
		case Criterion.And and -> holds(and.left(), entity, counters) && holds(and.right(), entity, counters);
		case Criterion.Or or -> holds(or.left(), entity, counters) || holds(or.right(), entity, counters);
		case Criterion.Not not -> !holds(not.operand(), entity, counters);
		};
	}

	private CounterValue counterValue(Measure measure, EntitySnapshot entity, Map<Measure, CounterValue> counters) {
		CounterValue value = counters.get(measure);
		return value != null ? value : measure(entity, measure);
	}

	/**
	 * Returns true when the entity's field has one of the values (or, negated,
	 * has a value that is none of them). A missing field never holds.
	 */
	static boolean fieldHolds(Criterion.FieldIn fieldIn, EntitySnapshot entity) {
		String value = entity.fields().get(fieldIn.path());
		if (value == null) {
			return false;
		}
		return RecordFilters.lowerCase(fieldIn.values()).contains(value.toLowerCase(Locale.ROOT)) != fieldIn.negated();
	}

	/** Computes the value of one counter of {@code entity}. */
	public CounterValue measure(EntitySnapshot entity, Measure measure) {
		Predicate<CrmRecord> filter = filters.computeIfAbsent(measure.filter(), RecordFilters::compile);
		List<? extends CrmRecord> records = entity.records(measure.source());
		return switch (measure) {
		case Measure.Count count -> CounterValue.of(count(records, filter, count.window()));
		case Measure.SumAmount sum -> CounterValue.of(sumAmount(records, filter, sum.window()));
		case Measure.DaysSinceLast since -> daysSinceLast(records, filter);
		case Measure.DaysUntilNext until -> daysUntilNext(records, filter);
		};
	}

	private long count(List<? extends CrmRecord> records, Predicate<CrmRecord> filter, Window window) {
		long count = 0;
		for (CrmRecord record : records) {
			if (window.contains(record.date(), asOf) && filter.test(record)) {
				count++;
			}
		}
		return count;
	}

	private BigDecimal sumAmount(List<? extends CrmRecord> records, Predicate<CrmRecord> filter, Window window) {
		BigDecimal sum = BigDecimal.ZERO;
		for (CrmRecord record : records) {
			if (record.amount() != null && window.contains(record.date(), asOf) && filter.test(record)) {
				sum = sum.add(record.amount());
			}
		}
		return sum;
	}

	private CounterValue daysSinceLast(List<? extends CrmRecord> records, Predicate<CrmRecord> filter) {
		LocalDate newest = null;
		for (CrmRecord record : records) {
			LocalDate date = record.date();
			if (date != null && !date.isAfter(asOf) && (newest == null || date.isAfter(newest)) && filter.test(record)) {
				newest = date;
			}
		}
		return newest == null ? CounterValue.INFINITE : CounterValue.of(ChronoUnit.DAYS.between(newest, asOf));
	}

	private CounterValue daysUntilNext(List<? extends CrmRecord> records, Predicate<CrmRecord> filter) {
		LocalDate oldest = null;
		for (CrmRecord record : records) {
			LocalDate date = record.date();
			if (date != null && date.isAfter(asOf) && (oldest == null || date.isBefore(oldest)) && filter.test(record)) {
				oldest = date;
			}
		}
		return oldest == null ? CounterValue.INFINITE : CounterValue.of(ChronoUnit.DAYS.between(asOf, oldest));
	}

	/** Adds every measure that {@code criterion} compares to {@code measures}. */
	public static void collectMeasures(Criterion criterion, Set<Measure> measures) {
		switch (criterion) {
		case Criterion.Comparison comparison -> measures.add(comparison.measure());
		case Criterion.FieldIn fieldIn -> {
			// A field test needs no counter.
		}
		case Criterion.And and -> {
			collectMeasures(and.left(), measures);
			collectMeasures(and.right(), measures);
		}
		case Criterion.Or or -> {
			collectMeasures(or.left(), measures);
			collectMeasures(or.right(), measures);
		}
		case Criterion.Not not -> collectMeasures(not.operand(), measures);
		}
	}
}
