package org.gazetteer.museums.exhibit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.VocabularyEntry;

/** The controlled vocabularies of exhibit records, with Chinese and English labels. */
@Schema(name = "ExhibitVocabularies")
public record ExhibitVocabularies(
    @Schema(description = "National movable-heritage categories (全国可移动文物普查)")
        List<VocabularyEntry> category,
    @Schema(description = "Types of gazetteer work") List<VocabularyEntry> workType) {

  static final ExhibitVocabularies ALL =
      new ExhibitVocabularies(
          VocabularyEntry.of(ExhibitCategory.class), VocabularyEntry.of(WorkType.class));
}
