package no.saint.rules.ui;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the rules editor, from {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "no.saint.rules.ui.messages";

	public static String RulesMarkerJob_name;
	public static String RulesTemplates_statusBlock;
	public static String RulesTemplates_statusBlockLabel;
	public static String RulesTemplates_statusBlockDescription;
	public static String RulesOutlinePage_refreshJob;
	public static String FormatHandler_failed;
	public static String RulesQuickFixes_declarePeriod;
	public static String RulesQuickFixes_useRank;
	public static String RulesQuickFixes_addFollowUpText;
	public static String RulesQuickFixes_followUpPlaceholder;
	public static String RulesQuickFixes_useListValue;
	public static String NewRulesFileWizard_title;
	public static String NewRulesFileWizard_pageTitle;
	public static String NewRulesFileWizard_pageDescription;
	public static String NewRulesFileWizard_defaultFileName;
	public static String NewRulesFileWizard_openFailed;
	public static String NewRulesFileWizard_exampleMissing;
	public static String StatusFeedback_matches;
	public static String StatusFeedback_criterion;
	public static String StatusFeedback_countFailed;
	public static String StatusMatchesCodeMiningProvider_countFailed;
	public static String RegenerateStatusesHandler_invalidFile;
	public static String RegenerateStatusesHandler_notConnected;
	public static String RegenerateStatusesHandler_title;
	public static String RegenerateStatusesHandler_done;
	public static String RegenerateStatusesHandler_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
