package no.saint.evaluation;

/**
 * The default follow-up of a status: an activity of {@code activityType}
 * (appointment, phone, task, document, email, fax) with prefilled text.
 */
public record FollowUp(String activityType, String text) {
}
