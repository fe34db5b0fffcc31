package no.saint.rules.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import no.saint.evaluation.RecordField;
import no.saint.rules.AmountClasses;
import no.saint.rules.RulesVocabulary;
import no.saint.rules.lists.ListKind;
import no.saint.rules.lists.ListValueProvider;
import no.saint.rules.rules.AmountClass;
import no.saint.rules.rules.AmountClassFilter;
import no.saint.rules.rules.AmountFilter;
import no.saint.rules.rules.AndCriterion;
import no.saint.rules.rules.CompletedFilter;
import no.saint.rules.rules.Comparison;
import no.saint.rules.rules.Count;
import no.saint.rules.rules.Criterion;
import no.saint.rules.rules.DaysSinceLast;
import no.saint.rules.rules.DaysUntilNext;
import no.saint.rules.rules.EntityKind;
import no.saint.rules.rules.FieldCondition;
import no.saint.rules.rules.FieldFilter;
import no.saint.rules.rules.Filter;
import no.saint.rules.rules.FollowUp;
import no.saint.rules.rules.LastWindow;
import no.saint.rules.rules.Literal;
import no.saint.rules.rules.Measure;
import no.saint.rules.rules.NextWindow;
import no.saint.rules.rules.Period;
import no.saint.rules.rules.PeriodWindow;
import no.saint.rules.rules.Query;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.rules.RulesPackage.Literals;
import no.saint.rules.rules.Source;
import no.saint.rules.rules.Status;
import no.saint.rules.rules.SumAmount;
import no.saint.rules.rules.TimeUnit;

/**
 * The validation rules of rules files, one {@code @Check} method each. Every
 * diagnostic has its own code in {@link RulesIssueCodes} and a message in the
 * locale of {@link RulesMessages}.
 */
public class RulesValidator extends AbstractRulesValidator {

	private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^{}]*)\\}");

	@Inject
	private RulesMessages messages;

	@Inject
	private ListValueProvider listValues;

	/** Sets the locale of the messages; null returns to {@link Locale#getDefault()}. */
	public void setLocale(Locale locale) {
		messages.setLocale(locale);
	}

	@Check
	public void checkStatusHasCriterion(Status status) {
		if (status.getCriterion() == null) {
			error(messages.format(RulesIssueCodes.NO_CRITERIA, status.getName()), status, Literals.STATUS__NAME,
					RulesIssueCodes.NO_CRITERIA);
		}
	}

	@Check
	public void checkUniqueStatusNames(RulesFile file) {
		Set<String> seen = new HashSet<>();
		for (Status status : file.getStatuses()) {
			if (status.getName() != null && !seen.add(status.getName())) {
				error(messages.format(RulesIssueCodes.DUPLICATE_STATUS, status.getName()), status,
						Literals.STATUS__NAME, RulesIssueCodes.DUPLICATE_STATUS, status.getName());
			}
		}
	}

	@Check
	public void checkUniqueRanks(RulesFile file) {
		Map<EntityKind, Map<Integer, Status>> ranked = new HashMap<>();
		for (Status status : file.getStatuses()) {
			if (!status.isExplicitRank()) {
				continue;
			}
			Map<Integer, Status> byRank = ranked.computeIfAbsent(status.getEntity(), kind -> new HashMap<>());
			Status first = byRank.putIfAbsent(status.getRank(), status);
			if (first != null) {
				warning(messages.format(RulesIssueCodes.DUPLICATE_RANK, Integer.toString(status.getRank()),
						first.getName()), status, Literals.STATUS__RANK, RulesIssueCodes.DUPLICATE_RANK,
						Integer.toString(status.getRank()));
			}
		}
	}

	@Check
	public void checkUniquePeriodNames(RulesFile file) {
		Set<String> seen = new HashSet<>();
		for (Period period : file.getPeriods()) {
			if (period.getName() != null && !seen.add(period.getName())) {
				error(messages.format(RulesIssueCodes.DUPLICATE_PERIOD, period.getName()), period,
						Literals.PERIOD__NAME, RulesIssueCodes.DUPLICATE_PERIOD, period.getName());
			}
		}
	}

	@Check
	public void checkUniqueAmountClassNames(RulesFile file) {
		Set<String> seen = new HashSet<>();
		for (AmountClass amountClass : AmountClasses.of(file)) {
			if (amountClass.getName() != null && !seen.add(amountClass.getName())) {
				error(messages.format(RulesIssueCodes.DUPLICATE_AMOUNT_CLASS, amountClass.getName()), amountClass,
						Literals.AMOUNT_CLASS__NAME, RulesIssueCodes.DUPLICATE_AMOUNT_CLASS, amountClass.getName());
			}
		}
	}

	@Check
	public void checkComparisonCanBeTrue(Comparison comparison) {
		if (CriterionAnalysis.isNeverTrue(comparison)) {
			error(messages.format(RulesIssueCodes.NEVER_TRUE, sourceText(comparison)), comparison, null,
					RulesIssueCodes.NEVER_TRUE);
		} else if (CriterionAnalysis.isAlwaysTrue(comparison)) {
			warning(messages.format(RulesIssueCodes.ALWAYS_TRUE, sourceText(comparison)), comparison, null,
					RulesIssueCodes.ALWAYS_TRUE);
		}
	}

	/** Checks each outermost {@code and}, so that a contradiction is reported once, on the whole conjunction. */
	@Check
	public void checkConjunctionCanBeTrue(AndCriterion and) {
		if (and.eContainer() instanceof AndCriterion) {
			return;
		}
		List<Criterion> conjuncts = CriterionAnalysis.conjuncts(and);
		boolean eachCanBeTrue = conjuncts.stream().allMatch(CriterionAnalysis::isSatisfiable);
		if (eachCanBeTrue && CriterionAnalysis.isContradiction(conjuncts)) {
			error(messages.format(RulesIssueCodes.CONTRADICTION, sourceText(and)), and, null,
					RulesIssueCodes.CONTRADICTION);
		}
	}

	@Check
	public void checkStatusReachable(Status status) {
		if (status.getCriterion() != null && !CriterionAnalysis.isSatisfiable(status.getCriterion())) {
			warning(messages.format(RulesIssueCodes.UNREACHABLE_STATUS, status.getName()), status,
					Literals.STATUS__NAME, RulesIssueCodes.UNREACHABLE_STATUS);
		}
	}

	@Check
	public void checkFieldPath(FieldCondition condition) {
		Status status = EcoreUtil2.getContainerOfType(condition, Status.class);
		String path = condition.getPath();
		if (status == null || path == null) {
			return;
		}

		Optional<EntityKind> owner = RulesVocabulary.ownerOf(path);
		String validFields = String.join(", ", RulesVocabulary.entityFields(status.getEntity()).keySet());
		String watched = entityName(status.getEntity());
		if (owner.isEmpty()) {
			error(messages.format(RulesIssueCodes.UNKNOWN_FIELD, path, watched, validFields), condition,
					Literals.FIELD_CONDITION__PATH, RulesIssueCodes.UNKNOWN_FIELD, path);
		} else if (owner.get() != status.getEntity()) {
			error(messages.format(RulesIssueCodes.FIELD_NOT_FOR_ENTITY, path, entityName(owner.get()), watched,
					validFields), condition, Literals.FIELD_CONDITION__PATH, RulesIssueCodes.FIELD_NOT_FOR_ENTITY,
					path);
		} else {
			RulesVocabulary.Values values = RulesVocabulary.entityFields(status.getEntity()).get(path);
			String fieldName = values.isFixed() ? messages.format("field." + path) : path;
			checkValues(condition.getValues(), values, fieldName, Literals.FIELD_CONDITION__VALUES);
		}
	}

	@Check
	public void checkFilterField(FieldFilter filter) {
		Source source = sourceOf(filter);
		if (source == null) {
			return;
		}

		Optional<RecordField> field = RulesVocabulary.recordField(source, filter.getField());
		if (field.isEmpty()) {
			reportFilterNotForSource(filter.getField().getLiteral(), source, filter, Literals.FIELD_FILTER__FIELD);
			return;
		}
		checkValues(filter.getValues(), RulesVocabulary.values(field.get()),
				messages.format("field." + filter.getField().getName()), Literals.FIELD_FILTER__VALUES);
	}

	@Check
	public void checkAmountClassFilter(AmountClassFilter filter) {
		Source source = sourceOf(filter);
		if (source != null && !RulesVocabulary.hasAmount(source)) {
			reportFilterNotForSource("amount class", source, filter, null);
		}
	}

	@Check
	public void checkAmountFilter(AmountFilter filter) {
		Source source = sourceOf(filter);
		if (source != null && !RulesVocabulary.hasAmount(source)) {
			reportFilterNotForSource("amount", source, filter, null);
		}
	}

	@Check
	public void checkCompletedFilter(CompletedFilter filter) {
		Source source = sourceOf(filter);
		if (source != null && !RulesVocabulary.hasCompleted(source)) {
			reportFilterNotForSource("completed", source, filter, null);
		}
	}

	private void reportFilterNotForSource(String filterName, Source source, EObject filter,
			EStructuralFeature feature) {
		List<String> valid = new ArrayList<>();
		for (var field : RulesVocabulary.recordFields(source)) {
			valid.add(field.getLiteral());
		}
		if (RulesVocabulary.hasAmount(source)) {
			valid.add("amount class");
			valid.add("amount");
		}
		if (RulesVocabulary.hasCompleted(source)) {
			valid.add("completed");
		}
		error(messages.format(RulesIssueCodes.FILTER_NOT_FOR_SOURCE, filterName, sourceName(source),
				String.join(", ", valid)), filter, feature, RulesIssueCodes.FILTER_NOT_FOR_SOURCE, filterName);
	}

	private void checkValues(List<Literal> literals, RulesVocabulary.Values values, String fieldName,
			EStructuralFeature feature) {
		for (Literal literal : literals) {
			String value = literal.getText() != null ? literal.getText() : literal.getSymbol();
			if (value == null) {
				continue;
			}
			if (values.isFixed() && !values.fixed().contains(value)) {
				error(messages.format(RulesIssueCodes.UNKNOWN_VALUE, value, fieldName,
						String.join(", ", values.fixed())), literal, null, RulesIssueCodes.UNKNOWN_VALUE, value);
			}
			Optional<ListKind> list = values.listKind();
			if (list.isPresent()) {
				Optional<Set<String>> known = listValues.values(list.get());
				if (known.isPresent() && !known.get().contains(value)) {
					List<String> data = new ArrayList<>();
					data.add(value);
					data.addAll(known.get().stream().sorted().toList());
					warning(messages.format(RulesIssueCodes.UNKNOWN_LIST_VALUE, value,
							messages.format("list." + list.get())), literal, null,
							RulesIssueCodes.UNKNOWN_LIST_VALUE, data.toArray(String[]::new));
				}
			}
		}
	}

	@Check
	public void checkSumAmountSource(SumAmount sum) {
		Query query = sum.getQuery();
		if (query != null && !RulesVocabulary.hasAmount(query.getSource())) {
			error(messages.format(RulesIssueCodes.MEASURE_NOT_FOR_SOURCE, sourceName(query.getSource())), query,
					Literals.QUERY__SOURCE, RulesIssueCodes.MEASURE_NOT_FOR_SOURCE);
		}
	}

	@Check
	public void checkPeriodLength(Period period) {
		if (period.getLength() <= 0) {
			error(messages.format(RulesIssueCodes.WINDOW_NOT_POSITIVE, Integer.toString(period.getLength())),
					period, Literals.PERIOD__LENGTH, RulesIssueCodes.WINDOW_NOT_POSITIVE);
		}
	}

	@Check
	public void checkLastWindowLength(LastWindow window) {
		if (window.getLength() <= 0) {
			error(messages.format(RulesIssueCodes.WINDOW_NOT_POSITIVE, Integer.toString(window.getLength())),
					window, Literals.LAST_WINDOW__LENGTH, RulesIssueCodes.WINDOW_NOT_POSITIVE);
		}
	}

	@Check
	public void checkNextWindowLength(NextWindow window) {
		if (window.getLength() <= 0) {
			error(messages.format(RulesIssueCodes.WINDOW_NOT_POSITIVE, Integer.toString(window.getLength())),
					window, Literals.NEXT_WINDOW__LENGTH, RulesIssueCodes.WINDOW_NOT_POSITIVE);
		}
	}

	@Check
	public void checkNextWindowOnCompleted(NextWindow window) {
		Query query = queryOf(window.eContainer());
		if (query != null && countsOnlyCompleted(query.getFilter())) {
			error(messages.format(RulesIssueCodes.NEXT_WINDOW_ON_COMPLETED, sourceName(query.getSource())), window,
					null, RulesIssueCodes.NEXT_WINDOW_ON_COMPLETED);
		}
	}

	private static Query queryOf(EObject measure) {
		if (measure instanceof Count count) {
			return count.getQuery();
		}
		return measure instanceof SumAmount sum ? sum.getQuery() : null;
	}

	/** Returns true when the filter requires {@code completed} (not negated) in every record it passes. */
	private static boolean countsOnlyCompleted(Filter filter) {
		if (filter instanceof CompletedFilter) {
			return true;
		}
		if (filter instanceof no.saint.rules.rules.AndFilter and) {
			return countsOnlyCompleted(and.getLeft()) || countsOnlyCompleted(and.getRight());
		}
		if (filter instanceof no.saint.rules.rules.OrFilter or) {
			return countsOnlyCompleted(or.getLeft()) && countsOnlyCompleted(or.getRight());
		}
		return false;
	}

	@Check
	public void checkPeriodUsed(RulesFile file) {
		Set<Period> used = new HashSet<>();
		file.eAllContents().forEachRemaining(element -> {
			if (element instanceof PeriodWindow window && window.getPeriod() != null
					&& !window.getPeriod().eIsProxy()) {
				used.add(window.getPeriod());
			}
		});
		for (Period period : file.getPeriods()) {
			if (!used.contains(period)) {
				warning(messages.format(RulesIssueCodes.UNUSED_PERIOD, period.getName()), period,
						Literals.PERIOD__NAME, RulesIssueCodes.UNUSED_PERIOD, period.getName());
			}
		}
	}

	/** Reports each unknown {@code {...}} variable at its own position inside the description string. */
	@Check
	public void checkTemplateVariables(Status status) {
		String description = status.getDescription();
		if (description == null) {
			return;
		}

		Set<String> fields = RulesVocabulary.entityFields(status.getEntity()).keySet();
		List<INode> nodes = NodeModelUtils.findNodesForFeature(status, Literals.STATUS__DESCRIPTION);
		Matcher matcher = TEMPLATE_VARIABLE.matcher(description);
		while (matcher.find()) {
			String variable = matcher.group(1).strip();
			if (fields.contains(variable)) {
				continue;
			}
			String message = messages.format(RulesIssueCodes.UNKNOWN_TEMPLATE_VARIABLE, variable,
					entityName(status.getEntity()), String.join(", ", fields.stream().map(f -> "{" + f + "}").toList()));
			if (nodes.isEmpty()) {
				error(message, status, Literals.STATUS__DESCRIPTION, RulesIssueCodes.UNKNOWN_TEMPLATE_VARIABLE,
						variable);
			} else {
				// The string starts with its opening quote; escapes before the variable may shift the marker by a few characters.
				int offset = nodes.get(0).getOffset() + 1 + matcher.start();
				getMessageAcceptor().acceptError(message, status, offset, matcher.end() - matcher.start(),
						RulesIssueCodes.UNKNOWN_TEMPLATE_VARIABLE, variable);
			}
		}
	}

	@Check
	public void checkComparisonUnit(Comparison comparison) {
		Measure measure = comparison.getMeasure();
		boolean days = measure instanceof DaysSinceLast || measure instanceof DaysUntilNext;
		if (!comparison.eIsSet(Literals.COMPARISON__UNIT)) {
			return;
		}

		String unit = comparison.getUnit().getLiteral();
		if (!days) {
			String kind = messages.format(measure instanceof SumAmount ? "measure.sum" : "measure.count");
			error(messages.format(RulesIssueCodes.WRONG_UNIT, unit, kind), comparison, Literals.COMPARISON__UNIT,
					RulesIssueCodes.WRONG_UNIT, unit);
		} else if (comparison.getUnit() == TimeUnit.MONTHS || comparison.getUnit() == TimeUnit.YEARS) {
			error(messages.format("WRONG_UNIT_DAYS", unit), comparison, Literals.COMPARISON__UNIT,
					RulesIssueCodes.WRONG_UNIT, unit);
		}
	}

	@Check
	public void checkWholeNumber(Comparison comparison) {
		BigDecimal value = comparison.getValue();
		if (value == null || !CriterionAnalysis.isWholeNumbered(comparison.getMeasure())) {
			return;
		}
		if (value.stripTrailingZeros().scale() > 0) {
			String kind = messages.format(comparison.getMeasure() instanceof Count ? "measure.count" : "measure.days");
			error(messages.format(RulesIssueCodes.NOT_WHOLE_NUMBER, value.toPlainString(), kind), comparison,
					Literals.COMPARISON__VALUE, RulesIssueCodes.NOT_WHOLE_NUMBER, value.toPlainString());
		}
	}

	/** Looks for the image next to the rules file; files that are not on disk or in the workspace are not checked. */
	@Check(CheckType.NORMAL)
	public void checkImageExists(Status status) {
		String image = status.getImage();
		Resource resource = status.eResource();
		if (image == null || image.isBlank() || resource == null || resource.getResourceSet() == null) {
			return;
		}
		URI base = resource.getURI();
		if (base == null || !(base.isFile() || base.isPlatformResource())) {
			return;
		}

		URI imageUri;
		try {
			imageUri = URI.createURI(image).resolve(base);
		} catch (IllegalArgumentException e) {
			imageUri = null;
		}
		boolean exists = imageUri != null && resource.getResourceSet().getURIConverter().exists(imageUri, null);
		if (!exists) {
			String location = imageUri == null ? image : imageUri.isFile() ? imageUri.toFileString() : imageUri.toString();
			warning(messages.format(RulesIssueCodes.IMAGE_NOT_FOUND, image, location), status,
					Literals.STATUS__IMAGE, RulesIssueCodes.IMAGE_NOT_FOUND, image);
		}
	}

	@Check
	public void checkAmountClasses(RulesFile file) {
		List<AmountClass> classes = new ArrayList<>();
		for (AmountClass amountClass : AmountClasses.of(file)) {
			if (amountClass.getLower() != null && amountClass.getUpper() != null
					&& amountClass.getLower().compareTo(amountClass.getUpper()) >= 0) {
				error(messages.format(RulesIssueCodes.EMPTY_AMOUNT_CLASS, amountClass.getName(),
						amountClass.getLower().toPlainString(), amountClass.getUpper().toPlainString()), amountClass,
						null, RulesIssueCodes.EMPTY_AMOUNT_CLASS);
			} else {
				classes.add(amountClass);
			}
		}

		classes.sort(AmountClasses.BY_LOWER_BOUND);
		for (int i = 1; i < classes.size(); i++) {
			AmountClass previous = classes.get(i - 1);
			AmountClass next = classes.get(i);
			BigDecimal end = previous.getUpper();
			BigDecimal start = next.getLower();
			if (end == null || start == null || end.compareTo(start) > 0) {
				error(messages.format(RulesIssueCodes.OVERLAPPING_AMOUNT_CLASSES, previous.getName(), next.getName()),
						next, null, RulesIssueCodes.OVERLAPPING_AMOUNT_CLASSES, previous.getName());
			} else if (end.compareTo(start) < 0) {
				warning(messages.format(RulesIssueCodes.GAP_BETWEEN_AMOUNT_CLASSES, end.toPlainString(),
						start.toPlainString(), previous.getName(), next.getName()), next, null,
						RulesIssueCodes.GAP_BETWEEN_AMOUNT_CLASSES, previous.getName());
			}
		}
	}

	@Check
	public void checkFollowUpText(FollowUp followUp) {
		if (followUp.getText() == null || followUp.getText().isBlank()) {
			String type = followUp.getType().getLiteral();
			error(messages.format(RulesIssueCodes.MISSING_FOLLOW_UP_TEXT, type), followUp,
					Literals.FOLLOW_UP__TYPE, RulesIssueCodes.MISSING_FOLLOW_UP_TEXT, type);
		}
	}

	/** Returns the source of the query that contains a filter, or null while the file is incomplete. */
	private static Source sourceOf(EObject filter) {
		Query query = EcoreUtil2.getContainerOfType(filter, Query.class);
		return query == null ? null : query.getSource();
	}

	private String entityName(EntityKind entity) {
		return messages.format("entity." + entity.getName());
	}

	private String sourceName(Source source) {
		return messages.format("source." + source.getName());
	}

	private static String sourceText(EObject element) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
