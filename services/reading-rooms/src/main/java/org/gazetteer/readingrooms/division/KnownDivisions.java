package org.gazetteer.readingrooms.division;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gazetteer.common.problem.ProblemException;

/**
 * The division codes the service knows (table {@code division}: every province, and Sichuan's
 * cities, prefectures and counties). A well-formed code that names no division, such as 519900, is
 * a 400 rather than an empty answer, so a typo is not mistaken for "no rooms there".
 *
 * <p>The codes are reference data that only a migration changes, so they are read once per instance
 * and kept.
 */
@ApplicationScoped
public class KnownDivisions {

  private volatile Set<String> codes;

  /** Fails with a 400 on {@code field} unless {@code code} is null or a known division. */
  public Uni<Void> require(String code, String field) {
    if (code == null) {
      return Uni.createFrom().voidItem();
    }
    return codes()
        .invoke(
            known -> {
              if (!known.contains(code)) {
                throw ProblemException.invalid(field, "is not a known division code (GB/T 2260)");
              }
            })
        .replaceWithVoid();
  }

  private Uni<Set<String>> codes() {
    Set<String> loaded = codes;
    if (loaded != null) {
      return Uni.createFrom().item(loaded);
    }
    return Panache.getSession()
        .flatMap(
            s -> s.createNativeQuery("SELECT code FROM division", String.class).getResultList())
        .map(List::copyOf)
        .map(Set::copyOf)
        .invoke(all -> codes = all);
  }
}
