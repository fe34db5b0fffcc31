package no.saint.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.CrmPackage;

class CrmModelTest {

	@Test
	void packageRegisteredThroughExtensionPoint() {
		assertSame(CrmPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(CrmPackage.eNS_URI));
	}

	@Test
	void companyRoundTripThroughXmi() throws IOException {
		Company company = CrmFactory.eINSTANCE.createCompany();
		company.setId(42);
		company.setName("Ørsta Bøker AS");

		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource out = resources.createResource(URI.createURI("memory:/out.xmi"));
		out.getContents().add(company);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());

		Resource in = resources.createResource(URI.createURI("memory:/in.xmi"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		Company loaded = (Company) in.getContents().get(0);

		assertEquals(42, loaded.getId());
		assertEquals("Ørsta Bøker AS", loaded.getName());
	}
}
