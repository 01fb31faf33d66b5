package org.gazetteer.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazetteer.gateway.openapi.ComponentRefs.Key;
import org.gazetteer.gateway.routing.Upstream;

/**
 * The name each service's component takes in the merged document. Components of the same section
 * and name that are the same in several services become one; when they differ, each variant is
 * renamed with the service's name in front ({@code MuseumsContact}, {@code ReadingRoomsContact}),
 * the first service holding a variant naming it. Two components are the same when their trees are
 * equal and so, recursively, are the components they refer to: a {@code PageAuditEntry} that refers
 * to two different {@code AuditEntry} schemas is two schemas, although its text is one. Names the
 * gateway defines itself ({@code securitySchemes/bearer}, the 429 response) are reserved: a
 * service's component of such a name is always renamed.
 */
final class ComponentNames {

  private final Map<Upstream, Map<Key, String>> renamed = new LinkedHashMap<>();
  private final Map<Key, List<Upstream>> kept = new LinkedHashMap<>();

  private ComponentNames() {}

  /**
   * @param components each service's components, in the order of the services
   * @param reserved the components the gateway adds itself
   */
  static ComponentNames of(Map<Upstream, Map<Key, JsonNode>> components, Set<Key> reserved) {
    ComponentNames names = new ComponentNames();
    Map<Key, Map<Upstream, Integer>> variants = variants(components);
    Set<Key> taken = new HashSet<>(reserved);
    variants.forEach(
        (key, variantOf) -> {
          if (variantOf.values().stream().distinct().count() == 1 && !reserved.contains(key)) {
            taken.add(key);
          }
        });
    variants.forEach(
        (key, variantOf) -> {
          if (variantOf.values().stream().distinct().count() == 1 && !reserved.contains(key)) {
            names.kept.put(key, List.copyOf(variantOf.keySet()));
            return;
          }
          Map<Integer, String> nameOfVariant = new HashMap<>();
          variantOf.forEach(
              (upstream, variant) -> {
                String name =
                    nameOfVariant.computeIfAbsent(
                        variant, v -> unique(prefixed(upstream, key.name()), key.section(), taken));
                names.renamed.computeIfAbsent(upstream, u -> new HashMap<>()).put(key, name);
              });
        });
    return names;
  }

  /** The new names of the service's components that are renamed. */
  Map<Key, String> renamedIn(Upstream upstream) {
    return renamed.getOrDefault(upstream, Map.of());
  }

  /** The name the service's component takes. */
  String nameOf(Upstream upstream, Key key) {
    return renamedIn(upstream).getOrDefault(key, key.name());
  }

  /** Components kept under their own name, with the services that hold them. */
  Map<Key, List<Upstream>> kept() {
    return kept;
  }

  /**
   * For each component, which variant each service holds: variants start as the distinct trees and
   * are split until two services share a variant only when everything it refers to is shared too.
   */
  private static Map<Key, Map<Upstream, Integer>> variants(
      Map<Upstream, Map<Key, JsonNode>> components) {
    Map<Key, Map<Upstream, JsonNode>> byKey = new LinkedHashMap<>();
    components.forEach(
        (upstream, own) ->
            own.forEach(
                (key, node) ->
                    byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(upstream, node)));
    Map<Key, Map<Upstream, List<Key>>> refs = new HashMap<>();
    byKey.forEach(
        (key, nodes) -> {
          Map<Upstream, List<Key>> of = new HashMap<>();
          nodes.forEach((upstream, node) -> of.put(upstream, List.copyOf(ComponentRefs.in(node))));
          refs.put(key, of);
        });

    Map<Key, Map<Upstream, Integer>> variants = new LinkedHashMap<>();
    byKey.forEach((key, nodes) -> variants.put(key, classify(nodes)));
    int count = count(variants);
    while (true) {
      Map<Key, Map<Upstream, Integer>> split = split(byKey, refs, variants);
      int splitCount = count(split);
      if (splitCount == count) {
        return split;
      }
      variants.putAll(split);
      count = splitCount;
    }
  }

  /**
   * Splits each component's variants by the variants of what they refer to: a service's signature
   * is its variant, then each reference with the variant the same service holds of it.
   */
  private static Map<Key, Map<Upstream, Integer>> split(
      Map<Key, Map<Upstream, JsonNode>> byKey,
      Map<Key, Map<Upstream, List<Key>>> refs,
      Map<Key, Map<Upstream, Integer>> variants) {
    Map<Key, Map<Upstream, Integer>> split = new LinkedHashMap<>();
    for (Map.Entry<Key, Map<Upstream, JsonNode>> component : byKey.entrySet()) {
      Key key = component.getKey();
      Map<Upstream, List<Object>> signatures = new LinkedHashMap<>();
      for (Upstream upstream : component.getValue().keySet()) {
        List<Object> signature = new ArrayList<>();
        signature.add(variants.get(key).get(upstream));
        for (Key ref : refs.get(key).get(upstream)) {
          Map<Upstream, Integer> target = variants.get(ref);
          signature.add(ref);
          signature.add(target == null ? null : target.get(upstream));
        }
        signatures.put(upstream, signature);
      }
      split.put(key, classify(signatures));
    }
    return split;
  }

  /** Numbers the distinct values, equal values sharing a number. */
  private static Map<Upstream, Integer> classify(Map<Upstream, ?> values) {
    Map<Object, Integer> ids = new HashMap<>();
    Map<Upstream, Integer> variantOf = new LinkedHashMap<>();
    values.forEach(
        (upstream, value) -> variantOf.put(upstream, ids.computeIfAbsent(value, v -> ids.size())));
    return variantOf;
  }

  private static int count(Map<Key, Map<Upstream, Integer>> variants) {
    return variants.values().stream()
        .mapToInt(v -> (int) v.values().stream().distinct().count())
        .sum();
  }

  private static String prefixed(Upstream upstream, String name) {
    StringBuilder prefix = new StringBuilder();
    for (String word : upstream.id().split("-")) {
      prefix.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return prefix + name;
  }

  private static String unique(String name, String section, Set<Key> taken) {
    String candidate = name;
    for (int n = 2; taken.contains(new Key(section, candidate)); n++) {
      candidate = name + n;
    }
    taken.add(new Key(section, candidate));
    return candidate;
  }
}
