package no.saint.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the SAINT workbench, in messages.properties and its translations. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.saint.ui.messages";

	public static String Session_openJob;
	public static String Session_openFailed;
	public static String NavigatorView_noDatabase;
	public static String NavigatorView_opening;
	public static String NavigatorView_ready;
	public static String NavigatorView_count;
	public static String NavigatorView_companies;
	public static String NavigatorView_persons;
	public static String NavigatorView_projects;
	public static String NavigatorView_searchHint;
	public static String NavigatorView_allStatuses;
	public static String NavigatorView_nameColumn;
	public static String NavigatorView_statusColumn;
	public static String CardEditor_openFailed;
	public static String CardEditor_wrongInput;
	public static String CardEditor_noSession;
	public static String CardEditor_activities;
	public static String CardEditor_sales;
	public static String CardEditor_requests;
	public static String CardEditor_date;
	public static String CardEditor_kind;
	public static String CardEditor_text;
	public static String CardEditor_owner;
	public static String CardEditor_noStatuses;
	public static String CardEditor_statuses;
	public static String ShowStatusesDialog_title;
	public static String ShowStatusesDialog_name;
	public static String ShowStatusesDialog_description;
	public static String ShowStatusesDialog_otherStatuses;
	public static String ShowStatusesDialog_whyMatches;
	public static String ShowStatusesDialog_noLongerMatches;
	public static String ShowStatusesDialog_createFollowUp;
	public static String ShowStatusesDialog_addToSelection;
	public static String ShowStatusesDialog_followUpCreated;
	public static String ShowStatusesDialog_followUpFailed;
	public static String ShowStatusesDialog_newSelection;
	public static String ShowStatusesDialog_chooseSelection;
	public static String ShowStatusesDialog_selectionName;
	public static String ShowStatusesDialog_selectionNameMissing;
	public static String ShowStatusesDialog_added;
	public static String ShowStatusesDialog_addFailed;
	public static String StatusMonitorsView_name;
	public static String StatusMonitorsView_entityType;
	public static String StatusMonitorsView_rank;
	public static String StatusMonitorsView_matches;
	public static String StatusMonitorsView_lastGenerated;
	public static String StatusMonitorsView_never;
	public static String StatusMonitorsView_readFailed;
	public static String RegenerateJob_all;
	public static String RegenerateJob_one;
	public static String RegenerateJob_failed;
	public static String SelectionsView_selection;
	public static String SelectionsView_member;
	public static String SelectionsView_saint;
	public static String SelectionsView_dynamic;
	public static String SelectionsView_newStatic;
	public static String SelectionsView_newDynamic;
	public static String SelectionsView_removeMembers;
	public static String SelectionsView_createFollowUps;
	public static String SelectionsView_export;
	public static String SelectionsView_criteriaPrompt;
	public static String SelectionsView_staticOnly;
	public static String SelectionsView_chooseStatus;
	public static String SelectionsView_membersFailed;
	public static String SelectionsView_followUpsFailed;
	public static String SelectionsView_exportFailed;
	public static String AnalysisView_perStatus;
	public static String AnalysisView_history;
	public static String AnalysisView_historyTitle;
	public static String AnalysisView_historyFailed;
	public static String AnalysisView_exportPng;
	public static String AnalysisView_exportCsv;
	public static String AnalysisView_exportFailed;
	public static String Preferences_description;
	public static String Preferences_database;
	public static String Preferences_embedded;
	public static String Preferences_folder;
	public static String Preferences_browse;
	public static String Preferences_postgres;
	public static String Preferences_url;
	public static String Preferences_user;
	public static String Preferences_password;
	public static String Preferences_evaluation;
	public static String Preferences_today;
	public static String Preferences_fixed;
	public static String Preferences_realTime;
	public static String Preferences_batch;
	public static String Preferences_rules;
	public static String Preferences_exampleRules;
	public static String Preferences_saveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
