package org.gazetteer.common.text;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One code of a controlled vocabulary with its labels, as {@code …/vocabularies} lists them. */
@Schema(name = "VocabularyEntry")
public record VocabularyEntry(
    @Schema(example = "ANCIENT_BOOKS") String code,
    @Schema(example = "古籍图书") String zh,
    @Schema(example = "Ancient books") String en) {

  /** Every code of a labelled enum, in declaration order. */
  public static <E extends Enum<E> & Labeled> List<VocabularyEntry> of(Class<E> vocabulary) {
    return Arrays.stream(vocabulary.getEnumConstants())
        .map(code -> new VocabularyEntry(code.name(), code.zh(), code.en()))
        .toList();
  }
}
