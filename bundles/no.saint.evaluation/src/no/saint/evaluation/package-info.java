/**
 * The evaluation model: status monitors as plain, immutable Java values.
 * The rules language translates a parsed rules file into a {@link no.saint.evaluation.RuleSet};
 * the counter evaluation service evaluates it without depending on Xtext.
 */
package no.saint.evaluation;
