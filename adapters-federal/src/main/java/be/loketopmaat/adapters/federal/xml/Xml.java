package be.loketopmaat.adapters.federal.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Small DOM helpers on the JDK's own XML stack: parse without DTDs or external entities (an answer
 * from outside must not make us fetch files or expand entity bombs), build elements, read children.
 */
public final class Xml {
  private Xml() {}

  /** Thrown for XML that cannot be read or lacks what the contract requires. */
  public static final class MalformedXmlException extends RuntimeException {
    public MalformedXmlException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static Document newDocument() {
    return builder().newDocument();
  }

  public static Document parse(byte[] bytes) {
    try {
      return builder().parse(new ByteArrayInputStream(bytes));
    } catch (SAXException | IOException e) {
      throw new MalformedXmlException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  public static byte[] serialize(Document document) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
  }

  /** Appends {@code <prefix:name>} in {@code namespace} to {@code parent} and returns it. */
  public static Element add(Node parent, String namespace, String qualifiedName) {
    Document document = parent instanceof Document d ? d : parent.getOwnerDocument();
    Element element =
        document.createElementNS(
            namespace == null || namespace.isEmpty() ? null : namespace, qualifiedName);
    parent.appendChild(element);
    return element;
  }

  /** Appends an element holding only {@code text}. */
  public static Element add(Node parent, String namespace, String qualifiedName, String text) {
    Element element = add(parent, namespace, qualifiedName);
    element.setTextContent(text);
    return element;
  }

  public static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && localName.equals(element.getLocalName())
          && sameNamespace(namespace, element.getNamespaceURI())) {
        found.add(element);
      }
    }
    return found;
  }

  public static Optional<Element> optionalChild(
      Element parent, String namespace, String localName) {
    return children(parent, namespace, localName).stream().findFirst();
  }

  public static Element child(Element parent, String namespace, String localName) {
    return optionalChild(parent, namespace, localName)
        .orElseThrow(
            () ->
                new MalformedXmlException(parent.getLocalName() + " lacks its " + localName, null));
  }

  public static String text(Element parent, String namespace, String localName) {
    return child(parent, namespace, localName).getTextContent().strip();
  }

  public static Optional<String> optionalText(Element parent, String namespace, String localName) {
    return optionalChild(parent, namespace, localName).map(e -> e.getTextContent().strip());
  }

  /** The first element child, whatever its name; empty when there is none. */
  public static Optional<Element> firstElement(Element parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  /** No namespace is written {@code null} by the parser and {@code ""} by callers. */
  private static boolean sameNamespace(String a, String b) {
    return (a == null || a.isEmpty()) ? (b == null || b.isEmpty()) : a.equals(b);
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
    }
  }
}
