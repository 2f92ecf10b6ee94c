package be.loketopmaat.adapters.kiosk.attest;

import be.loketopmaat.domain.calendar.CityTime;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Attest PDFs for the kiosk's A4 printer, with PDFBox: an attest drawn from its lines, or a PDF
 * made elsewhere (the population register's) stamped on its first page; both carry a QR code
 * (ZXing, drawn as vector squares, error correction M) with the public verification URL and that
 * URL in words.
 */
public final class AttestPdf {
  private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final ZoneId BRUSSELS = CityTime.ZONE;
  private static final float MARGIN = 56;
  private static final float QR_SIZE = 96;

  private AttestPdf() {}

  /** What an attest shows. {@code lines} are already in the citizen's language. */
  public record Attest(
      String issuer,
      String title,
      List<String> lines,
      ZonedDateTime issuedAt,
      URI verification,
      KioskLanguage language) {
    public Attest {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(title, "title");
      lines = List.copyOf(lines);
      Objects.requireNonNull(issuedAt, "issuedAt");
      Objects.requireNonNull(verification, "verification");
      Objects.requireNonNull(language, "language");
    }
  }

  /** A one-page A4 attest. */
  public static byte[] render(Attest attest) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      float top = page.getMediaBox().getHeight() - MARGIN;
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        text(content, bold, 12, MARGIN, top, attest.issuer());
        text(content, bold, 18, MARGIN, top - 40, attest.title());
        float y = top - 80;
        for (String line : attest.lines()) {
          text(content, regular, 11, MARGIN, y, line);
          y -= 16;
        }
        String issued =
            attest.language().pick("Uitgereikt op", "Délivré le", "Issued on")
                + " "
                + ISSUED.format(attest.issuedAt().withZoneSameInstant(BRUSSELS));
        text(content, regular, 10, MARGIN, y - 16, issued);
        verification(content, regular, attest.verification(), attest.language());
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same PDF with the QR code and verification line at the foot of its first page. */
  public static byte[] stamp(byte[] pdf, URI verification, KioskLanguage language)
      throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage first = document.getPage(0);
      try (PDPageContentStream content =
          new PDPageContentStream(
              document, first, PDPageContentStream.AppendMode.APPEND, true, true)) {
        verification(
            content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), verification, language);
      }
      return save(document);
    }
  }

  /**
   * The same PDF with the city's QR code and verification line in the top right corner of its first
   * page, for a document that carries a seal and QR code of its own at its foot (a civil-status
   * extract from DABS): the two never overlap. The line is right-aligned under the QR code.
   */
  public static byte[] stampTopRight(byte[] pdf, URI verification, KioskLanguage language)
      throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage first = document.getPage(0);
      float right = first.getMediaBox().getWidth() - MARGIN;
      float top = first.getMediaBox().getHeight() - MARGIN;
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content =
          new PDPageContentStream(
              document, first, PDPageContentStream.AppendMode.APPEND, true, true)) {
        qr(content, verification.toString(), right - QR_SIZE, top - QR_SIZE, QR_SIZE);
        String check =
            language.pick(
                "Controleer dit document op", "Vérifiez ce document sur", "Check this document at");
        float size = 7;
        for (int i = 0; i < 2; i++) {
          String line = i == 0 ? check : verification.toString();
          float width = font.getStringWidth(line) / 1000 * size;
          text(content, font, size, right - width, top - QR_SIZE - 10 - i * 9, line);
        }
      }
      return save(document);
    }
  }

  private static void verification(
      PDPageContentStream content, PDType1Font font, URI url, KioskLanguage language)
      throws IOException {
    qr(content, url.toString(), MARGIN, MARGIN, QR_SIZE);
    String check =
        language.pick(
            "Controleer dit document op", "Vérifiez ce document sur", "Check this document at");
    text(content, font, 9, MARGIN + QR_SIZE + 12, MARGIN + QR_SIZE / 2 + 6, check);
    text(content, font, 9, MARGIN + QR_SIZE + 12, MARGIN + QR_SIZE / 2 - 6, url.toString());
  }

  /** Draws the QR code's dark modules as filled squares, inside a quiet zone of 4 modules. */
  static void qr(PDPageContentStream content, String payload, float x, float y, float size)
      throws IOException {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  payload,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + payload, e);
    }
    float module = size / matrix.getWidth();
    content.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int column = 0; column < matrix.getWidth(); column++) {
        if (matrix.get(column, row)) {
          content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
        }
      }
    }
    content.fill();
  }

  private static void text(
      PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
