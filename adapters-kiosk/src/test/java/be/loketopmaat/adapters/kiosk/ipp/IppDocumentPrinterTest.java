package be.loketopmaat.adapters.kiosk.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter.Document;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.PrinterState;
import be.loketopmaat.adapters.kiosk.ipp.IppMessage.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The IPP adapter against the IPP simulator, over HTTP on loopback. */
class IppDocumentPrinterTest {
  private IppPrinterSimulator simulator;
  private IppDocumentPrinter printer;

  @BeforeEach
  void start() {
    restart(100);
  }

  private void restart(int sheets) {
    if (simulator != null) {
      simulator.close();
    }
    simulator = IppPrinterSimulator.start(0, sheets);
    printer =
        new IppDocumentPrinter(
            simulator.uri(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  static byte[] pdf(int pages) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage(PDRectangle.A4));
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void printsAPdfAndTheSimulatorKeepsIt() {
    byte[] pdf = pdf(2);
    PrintOutcome outcome = printer.print(new Document("attest-residence", pdf));
    assertThat(outcome).isEqualTo(new PrintOutcome.Printed("1"));
    assertThat(simulator.printed())
        .singleElement()
        .satisfies(
            printed -> {
              assertThat(printed.jobName()).isEqualTo("attest-residence");
              assertThat(printed.pdf()).isEqualTo(pdf);
              assertThat(printed.pages()).isEqualTo(2);
            });
    assertThat(simulator.sheetsLeft()).isEqualTo(98);
    assertThat(printer.state()).isEqualTo(PrinterState.READY);
  }

  @Test
  void anEmptyPrinterIsNotSentTheDocument() {
    restart(0);
    assertThat(printer.state()).isEqualTo(PrinterState.OUT_OF_PAPER);
    assertThat(printer.print(new Document("a", pdf(1)))).isEqualTo(new PrintOutcome.OutOfPaper());
    assertThat(simulator.printed()).isEmpty();
  }

  @Test
  void paperRunningOutMidJobIsOutOfPaperAndNothingCountsAsPrinted() {
    restart(22);
    assertThat(printer.state()).as("22 sheets is plenty").isEqualTo(PrinterState.READY);
    assertThat(printer.print(new Document("one", pdf(3)))).isEqualTo(new PrintOutcome.Printed("1"));
    assertThat(printer.state()).as("19 sheets left").isEqualTo(PrinterState.PAPER_LOW);
    restart(2);
    assertThat(printer.print(new Document("three pages", pdf(3))))
        .isEqualTo(new PrintOutcome.OutOfPaper());
    assertThat(simulator.printed()).isEmpty();
    simulator.loadPaper(50);
    assertThat(printer.print(new Document("again", pdf(3))))
        .isInstanceOf(PrintOutcome.Printed.class);
  }

  @Test
  void aJamBeforeOrDuringAJobIsJammed() {
    simulator.jamOnNextJob();
    assertThat(printer.print(new Document("a", pdf(1)))).isEqualTo(new PrintOutcome.Jammed());
    assertThat(printer.state()).isEqualTo(PrinterState.JAMMED);
    assertThat(printer.print(new Document("b", pdf(1)))).isEqualTo(new PrintOutcome.Jammed());
    simulator.clearJam();
    assertThat(printer.print(new Document("c", pdf(1)))).isInstanceOf(PrintOutcome.Printed.class);
    assertThat(simulator.printed())
        .extracting(IppPrinterSimulator.PrintedDocument::jobName)
        .containsExactly("c");
  }

  @Test
  void aClosedPortOrAPrinterNotAcceptingJobsIsOffline() {
    simulator.acceptJobs(false);
    assertThat(printer.state()).isEqualTo(PrinterState.OFFLINE);
    assertThat(printer.print(new Document("a", pdf(1)))).isInstanceOf(PrintOutcome.Offline.class);
    simulator.acceptJobs(true);
    simulator.goOffline();
    assertThat(printer.state()).isEqualTo(PrinterState.OFFLINE);
    PrintOutcome outcome = printer.print(new Document("a", pdf(1)));
    assertThat(outcome).isInstanceOf(PrintOutcome.Offline.class);
    assertThat(((PrintOutcome.Offline) outcome).detail()).contains("cannot be reached");
    simulator.comeBack();
    assertThat(printer.print(new Document("b", pdf(1)))).isInstanceOf(PrintOutcome.Printed.class);
  }

  @Test
  void bytesThatAreNotAPdfAreRejected() {
    PrintOutcome outcome = printer.print(new Document("a", "not a pdf".getBytes()));
    assertThat(outcome).isInstanceOf(PrintOutcome.Rejected.class);
    assertThat(((PrintOutcome.Rejected) outcome).detail())
        .contains("0x0411")
        .contains("not a readable PDF");
    assertThat(simulator.printed()).isEmpty();
  }

  @Test
  void theSimulatorAnswersBadRequestsWithIppStatusCodes() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    java.net.URI target = IppDocumentPrinter.toHttp(simulator.uri());
    IppMessage noCharsetFirst =
        new IppMessage.Builder(IppMessage.GET_PRINTER_ATTRIBUTES, 5)
            .group(IppMessage.OPERATION_ATTRIBUTES)
            .add("printer-uri", Value.string(IppMessage.URI, simulator.uri().toString()))
            .build();
    assertThat(post(http, target, IppCodec.encode(noCharsetFirst)).code())
        .isEqualTo(IppStatus.CLIENT_ERROR_BAD_REQUEST);
    assertThat(post(http, target, "garbage".getBytes()).code())
        .isEqualTo(IppStatus.CLIENT_ERROR_BAD_REQUEST);
    IppMessage cancel =
        new IppMessage.Builder(0x0008, 6)
            .group(IppMessage.OPERATION_ATTRIBUTES)
            .add("attributes-charset", Value.string(IppMessage.CHARSET, "utf-8"))
            .add("attributes-natural-language", Value.string(IppMessage.NATURAL_LANGUAGE, "en"))
            .add("printer-uri", Value.string(IppMessage.URI, simulator.uri().toString()))
            .build();
    IppMessage answer = post(http, target, IppCodec.encode(cancel));
    assertThat(answer.code()).isEqualTo(IppStatus.SERVER_ERROR_OPERATION_NOT_SUPPORTED);
    assertThat(answer.requestId()).isEqualTo(6);
    HttpResponse<String> plain =
        http.send(
            HttpRequest.newBuilder(target)
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .header("Content-Type", "text/plain")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(plain.statusCode()).isEqualTo(415);
  }

  private static IppMessage post(HttpClient http, java.net.URI target, byte[] body)
      throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(target)
                .header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return IppCodec.decode(response.body());
  }
}
