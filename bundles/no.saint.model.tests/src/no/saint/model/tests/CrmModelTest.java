package no.saint.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.CrmPackage;
import no.saint.model.crm.Direction;
import no.saint.model.crm.ProjectStatus;
import no.saint.model.crm.RequestStatus;
import no.saint.model.crm.Sale;
import no.saint.model.crm.SaleStatus;

class CrmModelTest {

	@Test
	void packageRegisteredThroughExtensionPoint() {
		assertSame(CrmPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(CrmPackage.eNS_URI));
	}

	@Test
	void activityWithDateRoundTripThroughXmi() throws IOException {
		Company company = CrmFactory.eINSTANCE.createCompany();
		company.setName("Bridgecom AS");
		Activity activity = CrmFactory.eINSTANCE.createActivity();
		activity.setType(ActivityType.PHONE);
		activity.setDirection(Direction.OUTGOING);
		activity.setDate(LocalDate.of(2017, 12, 31));
		activity.setCompany(company);
		Sale sale = CrmFactory.eINSTANCE.createSale();
		sale.setStatus(SaleStatus.SOLD);
		sale.setAmount(new BigDecimal("12500.50"));

		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource out = resources.createResource(URI.createURI("memory:/records.xmi"));
		out.getContents().addAll(List.of(company, activity, sale));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());

		Resource in = resources.createResource(URI.createURI("memory:/records-in.xmi"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		Activity loadedActivity = (Activity) in.getContents().get(1);
		Sale loadedSale = (Sale) in.getContents().get(2);

		assertEquals(LocalDate.of(2017, 12, 31), loadedActivity.getDate());
		assertEquals(ActivityType.PHONE, loadedActivity.getType());
		assertEquals(Direction.OUTGOING, loadedActivity.getDirection());
		assertEquals("Bridgecom AS", loadedActivity.getCompany().getName());
		assertEquals(new BigDecimal("12500.50"), loadedSale.getAmount());
		assertEquals(SaleStatus.SOLD, loadedSale.getStatus());
	}

	@Test
	void enumerationsHaveDomainLiterals() {
		assertEquals(List.of("appointment", "phone", "task", "document", "email", "fax"),
				ActivityType.VALUES.stream().map(ActivityType::getLiteral).toList());
		assertEquals(List.of("none", "incoming", "outgoing"),
				Direction.VALUES.stream().map(Direction::getLiteral).toList());
		assertEquals(List.of("open", "sold", "lost"), SaleStatus.VALUES.stream().map(SaleStatus::getLiteral).toList());
		assertEquals(List.of("planned", "ongoing", "completed", "stopped"),
				ProjectStatus.VALUES.stream().map(ProjectStatus::getLiteral).toList());
		assertEquals(List.of("open", "closed"), RequestStatus.VALUES.stream().map(RequestStatus::getLiteral).toList());
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
