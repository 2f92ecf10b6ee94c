package be.loketopmaat.adapters.federal.simulator;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the simulated DABS's extracts: a one-page A4 PDF that says plainly it is simulated, with
 * the act's lines, the seal text and a QR code (ZXing, error correction M) holding the act's public
 * verification URL, drawn as vector rectangles: one per run of dark modules in a row.
 */
final class ExtractPdf {
  private static final float MARGIN = 56;
  private static final float QR_SIZE = 110;

  private ExtractPdf() {}

  static byte[] write(
      String title, List<String> lines, String seal, String verificationUrl, String subject) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(bold, 16);
        content.newLineAtOffset(MARGIN, 770);
        content.showText(printable(bold, title));
        content.setFont(regular, 11);
        content.setLeading(16);
        content.newLine();
        content.showText("SIMULATION — DABS simulator of Loket op Maat, no legal value");
        content.newLine();
        content.newLine();
        for (String line : lines) {
          content.showText(printable(regular, line));
          content.newLine();
        }
        content.newLine();
        content.setFont(bold, 11);
        content.showText(seal);
        content.endText();
        qr(content, verificationUrl, MARGIN, MARGIN);
        content.beginText();
        content.setFont(regular, 9);
        content.newLineAtOffset(MARGIN + QR_SIZE + 12, MARGIN + QR_SIZE / 2);
        content.showText(verificationUrl);
        content.endText();
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setSubject(subject);
      info.setProducer("Loket op Maat DABS simulator");
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the extract PDF", e);
    }
  }

  /** The text, with what the standard font cannot show replaced by '?'. */
  private static String printable(PDType1Font font, String text) {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              String one = new String(Character.toChars(c));
              try {
                font.encode(one);
                shown.append(one);
              } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
              }
            });
    return shown.toString();
  }

  /** The QR code of {@code payload} with its lower left corner at (x, y), a quiet zone of 4. */
  private static void qr(PDPageContentStream content, String payload, float x, float y)
      throws IOException {
    BitMatrix modules;
    try {
      modules =
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
                      4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + payload, e);
    }
    float side = QR_SIZE / modules.getWidth();
    content.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < modules.getHeight(); row++) {
      int column = 0;
      while (column < modules.getWidth()) {
        if (!modules.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < modules.getWidth() && modules.get(column, row)) {
          column++;
        }
        float top = y + QR_SIZE - (row + 1) * side;
        content.addRect(x + start * side, top, (column - start) * side, side);
      }
    }
    content.fill();
  }
}
