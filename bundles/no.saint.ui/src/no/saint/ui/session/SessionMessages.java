package no.saint.ui.session;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench session, in messages.properties of this package and its translations. */
public final class SessionMessages extends NLS {

	private static final String BUNDLE_NAME = "no.saint.ui.session.messages";

	public static String StatusTexts_otherStatuses;
	public static String Session_opening;
	public static String Session_demoData;
	public static String Session_loadingRules;
	public static String Session_regenerating;
	public static String Rules_exampleMissing;
	public static String Rules_invalid;
	public static String Rules_notFound;
	public static String FollowUp_noDefault;
	public static String FollowUp_unknownType;
	public static String Entity_notFound;
	public static String Selection_wrongType;
	public static String Selection_nameMissing;
	public static String Status_unknown;
	public static String Card_name;
	public static String Card_owner;
	public static String Card_category;
	public static String Card_business;
	public static String Card_postcode;
	public static String Card_country;
	public static String Card_company;
	public static String Card_position;
	public static String Card_projectStatus;
	public static String Card_projectType;
	public static String Criteria_empty;
	public static String Criteria_invalid;
	public static String Criteria_wrongStatusType;
	public static String BulkFollowUp_label;
	public static String BulkFollowUp_failed;
	public static String BulkFollowUp_undoFailed;
	public static String Analysis_history;
	public static String Preferences_invalidUrl;
	public static String Preferences_userMissing;
	public static String Preferences_invalidRules;
	public static String Preferences_invalidDate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SessionMessages.class);
	}

	private SessionMessages() {
	}
}
