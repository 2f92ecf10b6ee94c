package be.loketopmaat.adapters.federal.xml;

import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SOAP 1.1 envelopes, built and read with DOM: the JDK no longer ships {@code javax.xml.soap}, and
 * these services need nothing of SOAP beyond an envelope with a body and the fault.
 */
public final class Soap {
  public static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  public static final String CONTENT_TYPE = "text/xml; charset=utf-8";

  private Soap() {}

  /** What the body of an envelope held: a payload element, or a fault. */
  public sealed interface Body permits Payload, Fault {}

  public record Payload(Element element) implements Body {}

  /**
   * A SOAP fault. {@code code} is the local part of the faultcode: {@code Client} (the request is
   * at fault) or {@code Server} (the service failed).
   */
  public record Fault(String code, String message) implements Body {
    public boolean isClientFault() {
      return code.startsWith("Client");
    }
  }

  /** A new document holding an envelope with an empty header and body; returns the body. */
  public static Element newEnvelopeBody() {
    Document document = Xml.newDocument();
    Element envelope = Xml.add(document, ENVELOPE_NS, "soapenv:Envelope");
    Xml.add(envelope, ENVELOPE_NS, "soapenv:Header");
    return Xml.add(envelope, ENVELOPE_NS, "soapenv:Body");
  }

  /** An envelope whose body is a fault. */
  public static byte[] fault(String code, String message) {
    Element body = newEnvelopeBody();
    Element fault = Xml.add(body, ENVELOPE_NS, "soapenv:Fault");
    // faultcode and faultstring are unqualified in SOAP 1.1.
    Xml.add(fault, "", "faultcode", "soapenv:" + code);
    Xml.add(fault, "", "faultstring", message);
    return Xml.serialize(body.getOwnerDocument());
  }

  /**
   * Reads an envelope.
   *
   * @throws Xml.MalformedXmlException when the bytes are not a SOAP 1.1 envelope with a body
   */
  public static Body read(byte[] bytes) {
    Element envelope = Xml.parse(bytes).getDocumentElement();
    if (!"Envelope".equals(envelope.getLocalName())
        || !ENVELOPE_NS.equals(envelope.getNamespaceURI())) {
      throw new Xml.MalformedXmlException("not a SOAP 1.1 envelope", null);
    }
    Element body = Xml.child(envelope, ENVELOPE_NS, "Body");
    Element content =
        Xml.firstElement(body)
            .orElseThrow(() -> new Xml.MalformedXmlException("the SOAP body is empty", null));
    if ("Fault".equals(content.getLocalName()) && ENVELOPE_NS.equals(content.getNamespaceURI())) {
      String code = Xml.optionalText(content, "", "faultcode").orElse("Server");
      return new Fault(
          code.contains(":") ? code.substring(code.indexOf(':') + 1) : code,
          Xml.optionalText(content, "", "faultstring").orElse(""));
    }
    return new Payload(content);
  }

  public static Optional<Element> payload(Body body) {
    return body instanceof Payload payload ? Optional.of(payload.element()) : Optional.empty();
  }
}
