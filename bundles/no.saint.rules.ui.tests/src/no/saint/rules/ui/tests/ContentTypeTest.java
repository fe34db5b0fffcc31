package no.saint.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import no.saint.rules.ui.RulesUiPlugin;

class ContentTypeTest {

	@Test
	void saintFilesHaveRulesContentType() {
		IContentType type = Platform.getContentTypeManager().findContentTypeFor("kunder.saint");

		assertNotNull(type);
		assertEquals(RulesUiPlugin.CONTENT_TYPE_ID, type.getId());
	}

	@Test
	void saintFilesOpenInGenericEditor() {
		IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("kunder.saint");

		assertNotNull(editor);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getId());
	}
}
