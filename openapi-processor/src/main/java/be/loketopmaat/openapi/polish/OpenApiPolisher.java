package be.loketopmaat.openapi.polish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Mends, after compilation, the two shapes in which Micronaut OpenAPI writes valid-looking but
 * wrong OpenAPI 3.0, so that validators and client generators take the document as it is meant:
 *
 * <ul>
 *   <li>a nullable reference comes out as {@code allOf: [$ref]} with {@code nullable: true} and no
 *       {@code type}, which OpenAPI 3.0 ignores ({@code nullable} only counts beside a {@code
 *       type}): the referenced schema's type is written beside it;
 *   <li>a repeatable query parameter's {@code example} comes out as one value although its schema
 *       is an array: it becomes a list of that value.
 * </ul>
 *
 * Everything else in the document comes from the annotations, where it is fixed at its source. Run
 * by the REST adapter's build on its generated document, in place.
 */
public final class OpenApiPolisher {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .build());

  private final ObjectNode document;
  private final List<String> mended = new ArrayList<>();

  OpenApiPolisher(ObjectNode document) {
    this.document = document;
  }

  /** {@code args[0]}: the document to polish in place. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: OpenApiPolisher <openapi.yml>");
    }
    Path file = Path.of(args[0]);
    OpenApiPolisher polisher = new OpenApiPolisher((ObjectNode) YAML.readTree(file.toFile()));
    List<String> mended = polisher.polish();
    YAML.writeValue(file.toFile(), polisher.document);
    System.out.println(
        "OpenApiPolisher: " + mended.size() + " places mended in " + file.getFileName());
  }

  /** Mends the document in place; answers where, as JSON pointers. */
  List<String> polish() {
    walk(document, "");
    JsonNode paths = document.path("paths");
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        JsonNode parameters = operation.getValue().path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
          arrayExample(
              (ObjectNode) parameters.get(i),
              "/paths/" + escape(path.getKey()) + "/" + operation.getKey() + "/parameters/" + i);
        }
      }
    }
    return mended;
  }

  private void walk(JsonNode node, String pointer) {
    if (node instanceof ObjectNode object) {
      nullableReference(object, pointer);
      for (Map.Entry<String, JsonNode> child : object.properties()) {
        walk(child.getValue(), pointer + "/" + escape(child.getKey()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        walk(array.get(i), pointer + "/" + i);
      }
    }
  }

  private void nullableReference(ObjectNode schema, String pointer) {
    JsonNode allOf = schema.path("allOf");
    if (!schema.path("nullable").asBoolean(false)
        || schema.has("type")
        || !allOf.isArray()
        || allOf.isEmpty()
        || !allOf.get(0).has("$ref")) {
      return;
    }
    schema.put("type", typeOf(allOf.get(0).get("$ref").asText()));
    mended.add(pointer);
  }

  private String typeOf(String reference) {
    String prefix = "#/components/schemas/";
    if (!reference.startsWith(prefix)) {
      return "object";
    }
    JsonNode target =
        document.path("components").path("schemas").path(reference.substring(prefix.length()));
    return target.path("type").asText("object");
  }

  private void arrayExample(ObjectNode parameter, String pointer) {
    JsonNode example = parameter.get("example");
    if (example == null
        || example.isArray()
        || !"array".equals(parameter.path("schema").path("type").asText())) {
      return;
    }
    parameter.putArray("example").add(example);
    mended.add(pointer + "/example");
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
