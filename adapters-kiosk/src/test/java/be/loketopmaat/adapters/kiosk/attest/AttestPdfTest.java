package be.loketopmaat.adapters.kiosk.attest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The attest is read back as a PDF, and its QR code is decoded from the rendered page. */
class AttestPdfTest {
  private static final URI VERIFY =
      URI.create("https://loket.antwerpen.example/verify/7f3a9c2e-41d0");

  static String qrOnFirstPage(byte[] pdf, String artifact) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
      Path dir = Path.of("target", "test-artifacts");
      Files.createDirectories(dir);
      javax.imageio.ImageIO.write(image, "png", dir.resolve(artifact + ".png").toFile());
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      RGBLuminanceSource source =
          new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
      return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
  }

  @Test
  void rendersTheAttestWithAQrCodeThatDecodesToTheVerificationUrl() throws Exception {
    byte[] pdf =
        AttestPdf.render(
            new AttestPdf.Attest(
                "Stad Antwerpen",
                "Bewijs van woonst",
                List.of("Anna Maria Peeters", "woont op Grote Markt 1, 2000 Antwerpen"),
                ZonedDateTime.parse("2026-12-02T09:15:00Z"),
                VERIFY,
                KioskLanguage.NL));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Bewijs van woonst",
              "Anna Maria Peeters",
              "Uitgereikt op 02/12/2026 10:15",
              "Controleer dit document op",
              VERIFY.toString());
    }
    assertThat(qrOnFirstPage(pdf, "attest-nl")).isEqualTo(VERIFY.toString());
  }

  @Test
  void writesTheVerificationLineInTheCitizensLanguage() throws Exception {
    byte[] pdf =
        AttestPdf.render(
            new AttestPdf.Attest(
                "Ville d'Anvers",
                "Certificat de résidence",
                List.of("Élise Dubois"),
                ZonedDateTime.parse("2026-07-01T12:00:00Z"),
                VERIFY,
                KioskLanguage.FR));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains(
              "Certificat de résidence",
              "Élise Dubois",
              "Délivré le 01/07/2026 14:00",
              "Vérifiez ce document sur");
    }
  }

  @Test
  void stampsARegisterPdfOnItsFirstPageOnly() throws Exception {
    byte[] original;
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.addPage(new PDPage());
      document.save(out);
      original = out.toByteArray();
    }
    byte[] stamped = AttestPdf.stamp(original, VERIFY, KioskLanguage.EN);
    try (PDDocument document = Loader.loadPDF(stamped)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper firstPage = new PDFTextStripper();
      firstPage.setStartPage(1);
      firstPage.setEndPage(1);
      assertThat(firstPage.getText(document)).contains("Check this document at");
      PDFTextStripper secondPage = new PDFTextStripper();
      secondPage.setStartPage(2);
      assertThat(secondPage.getText(document)).doesNotContain("Check this document");
    }
    assertThat(qrOnFirstPage(stamped, "stamped-en")).isEqualTo(VERIFY.toString());
  }
}
