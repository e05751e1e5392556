package dev.exporterbuilder.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON schemas of the three kinds kubernetes.yaml holds, validated with networknt's
 * json-schema-validator, since kubectl cannot validate without an API server:
 * <ul>
 *   <li>apps/v1 Deployment and v1 Service: the "standalone-strict" schemas that openapi2jsonschema
 *       makes from the Kubernetes OpenAPI (every object {@code additionalProperties: false}, as
 *       kubeconform's strict mode uses them), for Kubernetes v1.25.0;</li>
 *   <li>monitoring.coreos.com/v1 ServiceMonitor: the {@code openAPIV3Schema} of prometheus-operator's
 *       CustomResourceDefinition (v0.93.0), read from the CRD as published and made strict here the
 *       way kubeconform's openapi2jsonschema does it for CRDs: {@code additionalProperties: false} on
 *       every object with properties and no word of its own on extra properties, and
 *       {@code x-kubernetes-int-or-string} as a string or an integer.</li>
 * </ul>
 * The files are under {@code src/main/resources/dev/exporterbuilder/testsupport/kubernetes/}, with a
 * README naming where each comes from.
 */
public final class KubernetesSchemas {

  private static final String DIRECTORY = "kubernetes/";
  private static volatile Map<String, Schema> schemas;

  private KubernetesSchemas() {}

  /** The kinds there is a schema for, by {@code apiVersion/kind}. */
  public static List<String> kinds() {
    return List.copyOf(all().keySet());
  }

  /**
   * What the schema of {@code document}'s {@code apiVersion/kind} finds wrong with it, one message
   * per error; empty when it is valid. A kind without a schema is one error.
   */
  public static List<String> validate(Map<String, Object> document) {
    String kind = document.get("apiVersion") + "/" + document.get("kind");
    Schema schema = all().get(kind);
    if (schema == null) {
      return List.of("no schema for " + kind + "; there are schemas for " + kinds());
    }
    JsonNode node = OperatorArtifacts.tree(document);
    return schema.validate(node).stream().map(Error::toString).toList();
  }

  private static Map<String, Schema> all() {
    Map<String, Schema> loaded = schemas;
    if (loaded == null) {
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
      loaded = Map.of(
          "apps/v1/Deployment", registry.getSchema(withoutDialect(json("deployment-apps-v1.json"))),
          "v1/Service", registry.getSchema(withoutDialect(json("service-v1.json"))),
          "monitoring.coreos.com/v1/ServiceMonitor", registry.getSchema(crdSchema(
              "monitoring.coreos.com_servicemonitors.yaml", "v1")));
      schemas = loaded;
    }
    return loaded;
  }

  private static String resource(String name) {
    try (InputStream in = KubernetesSchemas.class.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIRECTORY + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode json(String name) {
    return (ObjectNode) OperatorArtifacts.parseJson(resource(name));
  }

  /** openapi2jsonschema writes {@code "$schema": "http://json-schema.org/schema#"}, which names no draft: draft 4 it is. */
  private static ObjectNode withoutDialect(ObjectNode schema) {
    schema.remove("$schema");
    return schema;
  }

  /** The strict JSON schema of version {@code version} of the CustomResourceDefinition in {@code name}. */
  private static ObjectNode crdSchema(String name, String version) {
    Map<String, Object> crd = OperatorArtifacts.cast(OperatorArtifacts.yaml().load(resource(name)));
    JsonNode versions = OperatorArtifacts.tree(crd).path("spec").path("versions");
    for (JsonNode candidate : versions) {
      if (candidate.path("name").asString().equals(version)) {
        ObjectNode schema = (ObjectNode) candidate.path("schema").path("openAPIV3Schema").deepCopy();
        strict(schema);
        return schema;
      }
    }
    throw new IllegalStateException(name + " has no version " + version);
  }

  private static void strict(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("x-kubernetes-int-or-string").asBoolean(false)) {
        object.remove("type");
        ArrayNode oneOf = object.putArray("anyOf");
        oneOf.addObject().put("type", "string");
        oneOf.addObject().put("type", "integer");
      }
      if (object.has("properties") && !object.has("additionalProperties")
          && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        object.put("additionalProperties", false);
      }
      for (JsonNode child : object.values()) {
        strict(child);
      }
    } else if (node instanceof ArrayNode array) {
      for (JsonNode child : array) {
        strict(child);
      }
    }
  }
}
