package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.application.port.in.CounterAgendaUseCase.DayView;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.DeskAgenda;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.common.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A location's day on paper (A4, landscape): who comes when, to which desk, for what, and the desk
 * time blocked, in the time order a clerk works through it. Staff print it each morning so that a
 * counter can keep working if the service or its database goes away. It holds names and references,
 * never a national number or a management code.
 */
final class DayListPdf {
  private static final float MARGIN = 36;
  private static final float LINE = 14;
  private static final float[] COLUMNS = {0, 70, 150, 230, 420, 700, 740};
  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  /** A line of the list: when, at which desk, and the rest of its cells. */
  private record Row(LocalDateTime start, String desk, List<String> cells) {}

  private DayListPdf() {}

  /**
   * @param locationName the location as staff know it
   * @param productName a product code's name in the list's language
   */
  static byte[] write(
      DayView day, String locationName, Language language, Function<String, String> productName) {
    Labels labels = Labels.of(language);
    List<Row> rows = new ArrayList<>();
    for (DeskAgenda desk : day.desks()) {
      for (Appointment appointment : desk.appointments()) {
        rows.add(
            new Row(
                appointment.start(),
                desk.desk(),
                List.of(
                    HOURS.format(appointment.start()) + "–" + HOURS.format(appointment.end()),
                    desk.desk(),
                    appointment.reference().value(),
                    appointment.citizen().name(),
                    String.join(
                        ", ",
                        appointment.products().stream()
                            .map(p -> productName.apply(p.value()))
                            .toList()),
                    Integer.toString(appointment.persons()),
                    labels.status(appointment.status().name()))));
      }
      for (DeskBlock block : desk.blocks()) {
        rows.add(
            new Row(
                block.start(),
                desk.desk(),
                List.of(
                    HOURS.format(block.start()) + "–" + HOURS.format(block.end()),
                    desk.desk(),
                    "—",
                    labels.blocked() + ": " + block.reason(),
                    "",
                    "",
                    "")));
      }
    }
    rows.sort(Comparator.comparing(Row::start).thenComparing(Row::desk));
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      int index = 0;
      int pageNumber = 0;
      do {
        PDPage page = new PDPage(a4);
        document.addPage(page);
        pageNumber++;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          float y = a4.getHeight() - MARGIN;
          text(content, bold, 14, MARGIN, y, labels.title(locationName, day.day(), pageNumber));
          y -= 2 * LINE;
          row(content, bold, y, labels.headers());
          y -= LINE;
          if (rows.isEmpty()) {
            text(content, regular, 10, MARGIN, y, labels.nobody());
          }
          for (; index < rows.size() && y > MARGIN + LINE; index++, y -= LINE) {
            row(content, regular, y, rows.get(index).cells());
          }
        }
      } while (index < rows.size());
      document.getDocumentInformation().setTitle(labels.title(locationName, day.day(), 1));
      document.getDocumentInformation().setProducer("Loket op Maat");
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the day list", e);
    }
  }

  private static void row(
      PDPageContentStream content, PDType1Font font, float y, List<String> cells)
      throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      float width = (i + 1 < COLUMNS.length ? COLUMNS[i + 1] : COLUMNS[i] + 60) - COLUMNS[i] - 6;
      text(content, font, 9, MARGIN + COLUMNS[i], y, fitted(font, 9, cells.get(i), width));
    }
  }

  private static void text(
      PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(printable(font, text));
    content.endText();
  }

  /** The text cut with an ellipsis where it would run into the next column. */
  private static String fitted(PDType1Font font, float size, String text, float width)
      throws IOException {
    String shown = printable(font, text);
    if (font.getStringWidth(shown) / 1000 * size <= width) {
      return shown;
    }
    while (!shown.isEmpty() && font.getStringWidth(shown + "...") / 1000 * size > width) {
      shown = shown.substring(0, shown.length() - 1);
    }
    return shown + "...";
  }

  /** The text with what the standard font cannot show replaced by '?'. */
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

  /** The list's words in the staff member's language (Accept-Language). */
  private record Labels(Language language) {
    static Labels of(Language language) {
      return new Labels(language);
    }

    String title(String location, java.time.LocalDate day, int page) {
      String date =
          day.format(
              DateTimeFormatter.ofPattern(
                  "EEEE d MMMM uuuu",
                  Locale.forLanguageTag(language.name().toLowerCase(Locale.ROOT))));
      return switch (language) {
        case NL -> "Daglijst " + location + " — " + date + " — blad " + page;
        case FR -> "Liste du jour " + location + " — " + date + " — page " + page;
        case EN -> "Day list " + location + " — " + date + " — page " + page;
      };
    }

    List<String> headers() {
      return switch (language) {
        case NL -> List.of("Uur", "Loket", "Referentie", "Burger", "Voor", "Pers.", "Stand");
        case FR -> List.of("Heure", "Guichet", "Référence", "Citoyen", "Pour", "Pers.", "État");
        case EN -> List.of("Time", "Desk", "Reference", "Citizen", "For", "Pers.", "Status");
      };
    }

    String blocked() {
      return switch (language) {
        case NL -> "Geblokkeerd";
        case FR -> "Bloqué";
        case EN -> "Blocked";
      };
    }

    String nobody() {
      return switch (language) {
        case NL -> "Geen afspraken op deze dag.";
        case FR -> "Aucun rendez-vous ce jour.";
        case EN -> "No appointments on this day.";
      };
    }

    String status(String status) {
      return switch (language) {
        case NL ->
            switch (status) {
              case "BOOKED" -> "geboekt";
              case "CHECKED_IN" -> "aangemeld";
              case "CALLED" -> "opgeroepen";
              case "COMPLETED" -> "geholpen";
              case "CANCELLED" -> "geannuleerd";
              case "NO_SHOW" -> "niet gekomen";
              default -> status;
            };
        case FR ->
            switch (status) {
              case "BOOKED" -> "réservé";
              case "CHECKED_IN" -> "arrivé";
              case "CALLED" -> "appelé";
              case "COMPLETED" -> "servi";
              case "CANCELLED" -> "annulé";
              case "NO_SHOW" -> "absent";
              default -> status;
            };
        case EN -> status.toLowerCase(Locale.ROOT).replace('_', ' ');
      };
    }
  }
}
