package org.gazetteer.common.division;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.problem.ProblemException;

/**
 * The division codes the network knows (table {@code division}, from common's migrations: every
 * province, and Sichuan's cities, prefectures and counties). A well-formed code that names no
 * division, such as 519900, is a 400 rather than an empty answer, so a typo is not mistaken for "no
 * records there".
 *
 * <p>The codes are reference data that only a migration changes, so they are read once per instance
 * and kept. Needs the caller's reactive session (a {@code @WithSession} or {@code @WithTransaction}
 * method).
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

  /**
   * The known division {@code code} and every known division under it, in code order: 510100 gives
   * 510100 and Chengdu's districts and counties; an unknown code gives an empty set.
   */
  public Uni<Set<String>> within(String code) {
    String prefix = Divisions.prefix(code);
    return codes()
        .map(
            known -> {
              if (!known.contains(code)) {
                return Set.<String>of();
              }
              TreeSet<String> under = new TreeSet<>();
              known.stream().filter(c -> c.startsWith(prefix)).forEach(under::add);
              return Collections.unmodifiableSortedSet(under);
            });
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
