package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.Person;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes the simulated register's attests: a one-page A4 PDF that says plainly it is simulated. */
final class AttestPdf {
  private AttestPdf() {}

  static byte[] write(
      String title,
      String language,
      Person person,
      String modelCode,
      String issuedBy,
      LocalDate issuedOn,
      String reference) {
    List<String> lines = new ArrayList<>();
    lines.add(person.name().full() + "  (" + person.insz().formatted() + ")");
    lines.add(label(language, "born") + ": " + person.birthDate());
    lines.add(
        label(language, "address")
            + ": "
            + person.residence().address().street()
            + ", "
            + person.residence().address().postalCode()
            + " "
            + person.residence().address().municipality()
            + " ("
            + label(language, "since")
            + " "
            + person.residence().since()
            + ")");
    lines.add(label(language, "nationality") + ": " + person.nationality().countryCode());
    if (person.isDeceased()) {
      lines.add(label(language, "died") + ": " + person.deathDate());
    }
    if (modelCode.equals("household-composition")) {
      for (HouseholdMember member : person.household()) {
        lines.add(
            " - "
                + member.name().full()
                + ", "
                + member.insz().formatted()
                + ", "
                + member.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      }
    }
    lines.add("");
    lines.add(label(language, "issued") + " " + issuedOn + " — NIS " + issuedBy);
    lines.add("Ref. " + reference);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(bold, 16);
        text.newLineAtOffset(56, 770);
        text.showText(title);
        text.setFont(regular, 11);
        text.setLeading(16);
        text.newLine();
        text.showText("SIMULATION — MAGDA simulator of Loket op Maat, no legal value");
        text.newLine();
        text.newLine();
        for (String line : lines) {
          text.showText(line);
          text.newLine();
        }
        text.endText();
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setSubject(modelCode + "/" + language);
      info.setProducer("Loket op Maat MAGDA simulator");
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the attest PDF", e);
    }
  }

  private static String label(String language, String key) {
    int column =
        switch (language) {
          case "fr" -> 1;
          case "de" -> 2;
          default -> 0;
        };
    String[] words =
        switch (key) {
          case "born" -> new String[] {"Geboren", "Né(e) le", "Geboren"};
          case "address" ->
              new String[] {"Hoofdverblijfplaats", "Résidence principale", "Hauptwohnort"};
          case "since" -> new String[] {"sinds", "depuis", "seit"};
          case "nationality" ->
              new String[] {"Nationaliteit", "Nationalité", "Staatsangehörigkeit"};
          case "died" -> new String[] {"Overleden", "Décédé(e) le", "Verstorben"};
          case "issued" -> new String[] {"Afgeleverd op", "Délivré le", "Ausgestellt am"};
          default -> throw new IllegalArgumentException(key);
        };
    return words[column];
  }
}
