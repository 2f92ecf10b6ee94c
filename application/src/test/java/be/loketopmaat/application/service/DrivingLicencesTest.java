package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.in.IdentityDocumentsUseCase.Application;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.Contact;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceState;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Status;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.notification.MessageKind;
import be.loketopmaat.domain.population.NisCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Driving licences through the services, on in-memory ports and a BelDrive that can go down: the
 * application learnt from BelDrive's feed, followed to the safe, told to the citizen, handed over
 * and reported back once.
 */
class DrivingLicencesTest {
  static final String ID = "BD2026-000001";
  static final Contact LEA = new Contact("lea@example.be", null, Language.FR);

  final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(LocalDateTime.of(2026, 11, 30, 9, 0));
  final InMemoryDocuments documents = new InMemoryDocuments();
  final InMemoryOutbox messages = new InMemoryOutbox();
  final Product licence = licenceProduct();
  final InMemoryProducts products = new InMemoryProducts().with(Fixtures.eid(), licence);
  final InMemoryLocations locations =
      new InMemoryLocations().with(Fixtures.hub("hub", Fixtures.NORTH));
  final FakeLicenceRegister register = new FakeLicenceRegister();
  final IdentityDocumentService desk =
      new IdentityDocumentService(
          documents, documents, products, locations, Fixtures::city, documents, clock);
  final FederalSync sync =
      new FederalSync(
          new IdentityDocumentsTest.FakeProduction(),
          register,
          documents,
          documents,
          documents,
          messages,
          products,
          locations,
          documents,
          attempts -> Duration.ofMinutes(attempts),
          new FederalSync.Settings(NisCode.ANTWERP, 10, Duration.ofMinutes(5), 3, licence.code()),
          clock,
          new ManagementLinks(AppointmentTestKit.PUBLIC_URL),
          java.util.List.of());

  static Product licenceProduct() {
    Product eid = Fixtures.eid();
    return new Product(
        new ProductCode("rijbewijs"),
        eid.name(),
        eid.theme(),
        null,
        eid.channels(),
        false,
        eid.deskDuration(),
        java.util.Set.of(),
        eid.pickup(),
        null);
  }

  DocumentOrder licence() {
    return documents.findByNumber(DocumentKind.DRIVING_LICENCE, ID).orElseThrow();
  }

  @Test
  void fromBelDriveToTheSafeToTheCitizensHandsReportedOnce() {
    register.report(ID, LicenceState.SUBMITTED, "hub", LEA, null);
    register.report(ID, LicenceState.ACCEPTED, "hub", LEA, null);
    assertThat(sync.followDrivingLicences()).isEqualTo(2);
    DocumentOrder order = licence();
    assertThat(order.state()).isEqualTo(DocumentState.ORDERED);
    assertThat(order.product()).isEqualTo(licence.code());
    assertThat(order.pickupAt().value()).isEqualTo("hub");
    assertThat(order.citizen().email()).isEqualTo("lea@example.be");
    assertThat(order.citizen().language()).isEqualTo(Language.FR);

    register.report(ID, LicenceState.IN_PRODUCTION, "hub", LEA, null);
    register.report(ID, LicenceState.READY_FOR_PICKUP, "hub", LEA, null);
    assertThat(sync.followDrivingLicences()).isEqualTo(2);
    assertThat(licence().state()).isEqualTo(DocumentState.ARRIVED);
    assertThat(messages.list(Outbox.Status.QUEUED, 10))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.message().kind()).isEqualTo(MessageKind.DOCUMENT_ARRIVED);
              assertThat(m.message().email()).isEqualTo("lea@example.be");
              assertThat(m.message().body()).contains("est prêt");
            });

    DocumentOrder handed = desk.handOver(order.id(), IdentityDocumentsTest.CLERK);
    assertThat(handed.state()).isEqualTo(DocumentState.HANDED_OVER);
    assertThat(documents.list(Status.QUEUED, 10))
        .singleElement()
        .satisfies(c -> assertThat(c.call()).isEqualTo(FederalOutbox.Call.REPORT_DELIVERED));
    register.down = true;
    sync.sendDue();
    assertThat(register.reported).isEmpty();
    register.down = false;
    clock.set(LocalDateTime.of(2026, 11, 30, 9, 5));
    sync.sendDue();
    sync.sendDue();
    assertThat(register.reported).containsEntry(ID, 1).hasSize(1);

    register.report(ID, LicenceState.DELIVERED, "hub", LEA, null);
    assertThat(sync.followDrivingLicences()).isEqualTo(1);
    assertThat(licence()).isEqualTo(handed);
    assertThat(sync.followDrivingLicences()).isZero();
  }

  @Test
  void aHolderWithoutContactStillGetsAnOrderStaffSeeInTheSafe() {
    register.report(ID, LicenceState.READY_FOR_PICKUP, "hub", null, null);
    register.report(
        "BD2026-000002", LicenceState.SUBMITTED, "hub", new Contact("no", "x", null), null);
    sync.followDrivingLicences();

    assertThat(desk.safe(AppointmentTestKit.HUB, 10))
        .extracting(DocumentOrder::productionNumber)
        .containsExactly(ID);
    assertThat(messages.list(Outbox.Status.QUEUED, 10)).isEmpty();
    assertThat(documents.findByNumber(DocumentKind.DRIVING_LICENCE, "BD2026-000002"))
        .get()
        .satisfies(o -> assertThat(o.citizen().canBeReached()).isFalse());
  }

  @Test
  void unknownDeliveryPointsAndStatesGoingBackwardsChangeNothingAndDoNotStopTheFeed() {
    register.report(ID, LicenceState.SUBMITTED, "nowhere", LEA, null);
    register.report("BD2026-000002", LicenceState.SUBMITTED, null, LEA, null);
    register.report("BD2026-000003", LicenceState.IN_PRODUCTION, "hub", LEA, null);
    register.report("BD2026-000003", LicenceState.ACCEPTED, "hub", LEA, null);
    register.report("BD2026-000003", LicenceState.READY_FOR_PICKUP, "nowhere", LEA, null);
    assertThat(sync.followDrivingLicences()).isEqualTo(5);

    assertThat(documents.findByNumber(DocumentKind.DRIVING_LICENCE, ID)).isEmpty();
    assertThat(documents.findByNumber(DocumentKind.DRIVING_LICENCE, "BD2026-000002")).isEmpty();
    assertThat(documents.findByNumber(DocumentKind.DRIVING_LICENCE, "BD2026-000003"))
        .get()
        .satisfies(o -> assertThat(o.state()).isEqualTo(DocumentState.IN_PRODUCTION));
    assertThat(documents.position(FederalSync.LICENCE_FEED)).isEqualTo(5);
  }

  @Test
  void refusedAndCancelledEndTheOrderWithTheReason() {
    register.report(ID, LicenceState.SUBMITTED, "hub", LEA, null);
    register.report(ID, LicenceState.REFUSED, "hub", LEA, "medical certificate missing");
    register.report("BD2026-000002", LicenceState.SUBMITTED, "hub", LEA, null);
    register.report("BD2026-000002", LicenceState.CANCELLED, "hub", LEA, "withdrawn");
    register.report(ID, LicenceState.READY_FOR_PICKUP, "hub", LEA, null);
    sync.followDrivingLicences();

    assertThat(licence().state()).isEqualTo(DocumentState.REFUSED);
    assertThat(licence().endReason()).isEqualTo("medical certificate missing");
    assertThat(documents.findByNumber(DocumentKind.DRIVING_LICENCE, "BD2026-000002"))
        .get()
        .satisfies(o -> assertThat(o.state()).isEqualTo(DocumentState.CANCELLED));
    assertThat(messages.list(Outbox.Status.QUEUED, 10)).isEmpty();
  }

  @Test
  void aReportBelDriveRefusesIsGivenUpWithItsReason() {
    register.report(ID, LicenceState.READY_FOR_PICKUP, "hub", LEA, null);
    sync.followDrivingLicences();
    desk.handOver(licence().id(), IdentityDocumentsTest.CLERK);
    register.refuseWith = "NOT_READY";

    sync.sendDue();

    assertThat(documents.list(Status.FAILED, 10))
        .singleElement()
        .satisfies(c -> assertThat(c.lastError()).isEqualTo("NOT_READY: the card is not ready"));
  }

  @Test
  void staffNeitherRecordNorCancelADrivingLicence() {
    assertThatThrownBy(
            () ->
                desk.record(
                    new Application(
                        DocumentKind.DRIVING_LICENCE,
                        licence.code(),
                        AppointmentTestKit.AN,
                        AppointmentTestKit.HUB,
                        AppointmentTestKit.HUB,
                        false),
                    IdentityDocumentsTest.CLERK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("BELDRIVE");
    assertThat(documents.count(Status.QUEUED)).isZero();
    register.report(ID, LicenceState.SUBMITTED, "hub", LEA, null);
    sync.followDrivingLicences();
    assertThatThrownBy(() -> desk.cancel(licence().id(), "mistake", IdentityDocumentsTest.CLERK))
        .isInstanceOf(ConflictException.class);
    assertThat(licence().state()).isEqualTo(DocumentState.RECORDED);
    assertThat(List.of(licence())).hasSize(1);
  }
}
