package org.gazetteer.museums.exhibit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.VocabularyEntry;
import org.gazetteer.common.vocabulary.Licence;
import org.gazetteer.common.vocabulary.WorkType;
import org.gazetteer.museums.heritage.AcquisitionMethod;
import org.gazetteer.museums.heritage.ExhibitCondition;
import org.gazetteer.museums.heritage.Grade;
import org.gazetteer.museums.heritage.Material;
import org.gazetteer.museums.heritage.PreservationState;

/** The controlled vocabularies of exhibit records, with Chinese and English labels. */
@Schema(name = "ExhibitVocabularies")
public record ExhibitVocabularies(
    @Schema(description = "National movable-heritage categories (全国可移动文物普查)")
        List<VocabularyEntry> category,
    @Schema(description = "Types of gazetteer work") List<VocabularyEntry> workType,
    @Schema(description = "Materials (质地)") List<VocabularyEntry> material,
    @Schema(description = "Heritage grades (文物级别)") List<VocabularyEntry> grade,
    @Schema(description = "Completeness (完残程度)") List<VocabularyEntry> condition,
    @Schema(description = "Preservation states (保存状态)") List<VocabularyEntry> preservation,
    @Schema(description = "Acquisition methods (来源方式)") List<VocabularyEntry> acquisitionMethod,
    @Schema(description = "Image licences") List<VocabularyEntry> licence) {

  static final ExhibitVocabularies ALL =
      new ExhibitVocabularies(
          VocabularyEntry.of(ExhibitCategory.class),
          VocabularyEntry.of(WorkType.class),
          VocabularyEntry.of(Material.class),
          VocabularyEntry.of(Grade.class),
          VocabularyEntry.of(ExhibitCondition.class),
          VocabularyEntry.of(PreservationState.class),
          VocabularyEntry.of(AcquisitionMethod.class),
          VocabularyEntry.of(Licence.class));
}
