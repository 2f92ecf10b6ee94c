package be.loketopmaat.openapi.polish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

class OpenApiPolisherTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static ObjectNode read(String yaml) throws Exception {
    return (ObjectNode) YAML.readTree(yaml);
  }

  @Test
  void aNullableReferenceGetsTheTypeOfWhatItRefersTo() throws Exception {
    ObjectNode document =
        read(
            """
            components:
              schemas:
                Channel: {type: string, enum: [CALL]}
                Text: {type: object, properties: {nl: {type: string}}}
                Advice:
                  type: object
                  properties:
                    channel: {nullable: true, allOf: [{$ref: '#/components/schemas/Channel'}]}
                    caveat: {nullable: true, allOf: [{$ref: '#/components/schemas/Text'}]}
                    plain: {$ref: '#/components/schemas/Text'}
                    typed: {nullable: true, type: string}
            """);

    var mended = new OpenApiPolisher(document).polish();

    var properties = document.at("/components/schemas/Advice/properties");
    assertThat(properties.at("/channel/type").asText()).isEqualTo("string");
    assertThat(properties.at("/caveat/type").asText()).isEqualTo("object");
    assertThat(properties.at("/plain").has("type")).isFalse();
    assertThat(mended)
        .containsExactly(
            "/components/schemas/Advice/properties/channel",
            "/components/schemas/Advice/properties/caveat");
  }

  @Test
  void aRepeatableParametersExampleBecomesAList() throws Exception {
    ObjectNode document =
        read(
            """
            paths:
              /api/v1/availability:
                get:
                  parameters:
                  - {name: product, in: query, example: eid-application, schema: {type: array, items: {type: string}}}
                  - {name: limit, in: query, example: 20, schema: {type: integer}}
                  - {name: location, in: query, example: [a], schema: {type: array, items: {type: string}}}
            """);

    var mended = new OpenApiPolisher(document).polish();

    var parameters = document.at("/paths/~1api~1v1~1availability/get/parameters");
    assertThat(parameters.at("/0/example").toString()).isEqualTo("[\"eid-application\"]");
    assertThat(parameters.at("/1/example").asInt()).isEqualTo(20);
    assertThat(parameters.at("/2/example").toString()).isEqualTo("[\"a\"]");
    assertThat(mended).containsExactly("/paths/~1api~1v1~1availability/get/parameters/0/example");
  }
}
