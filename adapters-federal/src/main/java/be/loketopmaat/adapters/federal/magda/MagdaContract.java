package be.loketopmaat.adapters.federal.magda;

import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The names of the MAGDA contract written down in {@code contracts/magda/*.xsd}: namespaces,
 * service versions, exception codes, and the schemas themselves for validation.
 */
public final class MagdaContract {
  public static final String CONTEXT_NS = "urn:be:loketopmaat:contract:magda:context:1.0";
  public static final String GEEF_PERSOON_NS =
      "urn:be:loketopmaat:contract:magda:GeefPersoon:02.02";
  public static final String GEEF_ATTEST_NS = "urn:be:loketopmaat:contract:magda:GeefAttest:02.00";

  public static final String GEEF_KAARTEN_NS =
      "urn:be:loketopmaat:contract:magda:GeefVervallendeKaarten:01.00";

  public static final String GEEF_PERSOON = "GeefPersoon";
  public static final String GEEF_PERSOON_VERSION = "02.02";
  public static final String GEEF_ATTEST = "GeefAttest";
  public static final String GEEF_ATTEST_VERSION = "02.00";
  public static final String GEEF_KAARTEN = "GeefVervallendeKaarten";
  public static final String GEEF_KAARTEN_VERSION = "01.00";

  /** The path under the endpoint's base URI where each service is posted. */
  public static final String GEEF_PERSOON_PATH = "/GeefPersoon-02.02";

  public static final String GEEF_ATTEST_PATH = "/GeefAttest-02.00";
  public static final String GEEF_KAARTEN_PATH = "/GeefVervallendeKaarten-01.00";

  public static final String INVALID_INSZ = "20002";
  public static final String UNKNOWN_INSZ = "30003";
  public static final String FILE_CLOSED_DECEASED = "40099";
  public static final String UNKNOWN_ATTEST = "45810";
  public static final String UNKNOWN_LANGUAGE = "45811";
  public static final String SOURCE_UNAVAILABLE = "99996";

  private MagdaContract() {}

  /** The services' schemas (with the shared context), for validating requests and answers. */
  public static Schema schema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      // The schemas import each other by relative location, inside this jar only.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return factory.newSchema(
          new javax.xml.transform.Source[] {
            source("GeefPersoon-02.02.xsd"),
            source("GeefAttest-02.00.xsd"),
            source("GeefVervallendeKaarten-01.00.xsd")
          });
    } catch (SAXException e) {
      throw new IllegalStateException("the MAGDA contract's schemas do not load", e);
    }
  }

  private static javax.xml.transform.Source source(String file) {
    URL url = MagdaContract.class.getResource("/contracts/magda/" + file);
    if (url == null) {
      throw new IllegalStateException("contracts/magda/" + file + " is missing from the classpath");
    }
    return new javax.xml.transform.stream.StreamSource(url.toExternalForm());
  }
}
