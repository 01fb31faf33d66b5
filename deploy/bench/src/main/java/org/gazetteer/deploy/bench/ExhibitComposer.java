package org.gazetteer.deploy.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.gazetteer.deploy.bench.GazetteerVocabulary.Era;
import org.gazetteer.deploy.bench.GazetteerVocabulary.Work;

/**
 * Composes plausible exhibits from {@link GazetteerVocabulary}, deterministically for a seed: title
 * {@code [（era）]place topic work}, e.g. {@code （光绪）雅安茶马古道志}; a description naming the era, the
 * making, the extent, the condition and three aspects, and in one case of ten a second topic;
 * keywords place, topic, work and an aspect. Exhibits are five minutes apart, newest last.
 */
final class ExhibitComposer {

  private static final Instant FIRST = Instant.parse("2019-01-01T00:00:00Z");
  private static final Duration APART = Duration.ofMinutes(5);
  private static final int MODERN_FROM = 1912;
  private static final double SECOND_TOPIC = 0.1;

  private final Random random;
  private final List<String> museums;
  private final Map<String, Integer> inventory = new HashMap<>();

  ExhibitComposer(long seed, List<String> museums) {
    this.random = new Random(seed);
    this.museums = List.copyOf(museums);
  }

  /** The {@code index}-th exhibit; call with 0, 1, 2… in order. */
  GeneratedExhibit next(int index) {
    String museum = pick(museums);
    String place = pick(GazetteerVocabulary.PLACES);
    String topic = pick(GazetteerVocabulary.TOPICS);
    Work work = pick(GazetteerVocabulary.WORKS);
    Era era = eraFor(work);
    String title = title(place, topic, work, era);
    List<String> aspects = aspects();
    int number = inventory.merge(museum, 1, Integer::sum);
    return new GeneratedExhibit(
        museum,
        String.format("FZ-%s-%06d", museum.toUpperCase(Locale.ROOT), number),
        title,
        category(work, era),
        work.workType(),
        era.label(),
        era.from(),
        era.to(),
        description(title, place, era, aspects),
        List.of(place, topic, work.keyword(), aspects.get(0)),
        "curator." + museum,
        "curator2." + museum,
        FIRST.plus(APART.multipliedBy(index)).toString());
  }

  private Era eraFor(Work work) {
    List<Era> eras = GazetteerVocabulary.ERAS;
    if ("YEARBOOK".equals(work.workType())) {
      // Yearbooks are a modern genre.
      List<Era> modern = eras.stream().filter(e -> e.from() >= MODERN_FROM).toList();
      return pick(modern);
    }
    return pick(eras);
  }

  private String title(String place, String topic, Work work, Era era) {
    StringBuilder title = new StringBuilder();
    if (era.titlePrefix() != null && random.nextBoolean()) {
      title.append('（').append(era.titlePrefix()).append('）');
    }
    title.append(place).append(topic).append(work.suffix());
    if ("YEARBOOK".equals(work.workType())) {
      int year = era.from() + random.nextInt(era.to() - era.from() + 1);
      title.append('（').append(year).append('）');
    }
    return title.toString();
  }

  private String description(String title, String place, Era era, List<String> aspects) {
    StringBuilder text = new StringBuilder(title).append('，').append(era.label());
    if (era.titlePrefix() != null) {
      text.append("年间");
    }
    text.append(pick(GazetteerVocabulary.MAKING)).append("，");
    text.append(random.nextBoolean() ? "共" : "存").append(1 + random.nextInt(40));
    text.append(random.nextBoolean() ? "卷，" : "册，").append(pick(GazetteerVocabulary.CONDITION));
    text.append("。记述").append(place).append(aspects.get(0)).append('、').append(aspects.get(1));
    text.append('与').append(aspects.get(2)).append('。');
    if (random.nextDouble() < SECOND_TOPIC) {
      text.append("附").append(pick(GazetteerVocabulary.TOPICS)).append("史料若干。");
    }
    return text.toString();
  }

  private List<String> aspects() {
    List<String> all = new ArrayList<>(GazetteerVocabulary.ASPECTS);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      chosen.add(all.remove(random.nextInt(all.size())));
    }
    return chosen;
  }

  private static String category(Work work, Era era) {
    if ("ARCHIVE".equals(work.workType())) {
      return "ARCHIVES";
    }
    return era.from() < MODERN_FROM ? "ANCIENT_BOOKS" : "DOCUMENTS";
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
