package no.saint.evaluation;

/** The kinds of CRM entity that a status monitor watches. */
public enum EntityType {
	COMPANY, PERSON, PROJECT
}
