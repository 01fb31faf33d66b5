package org.gazetteer.readingrooms.room;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.VocabularyEntry;
import org.gazetteer.common.vocabulary.WorkType;

/** The controlled vocabularies of the register, with Chinese and English labels. */
@Schema(name = "ReadingRoomVocabularies")
public record RoomVocabularies(
    List<VocabularyEntry> hostType,
    List<VocabularyEntry> facility,
    List<VocabularyEntry> workType) {

  static final RoomVocabularies ALL =
      new RoomVocabularies(
          VocabularyEntry.of(HostType.class),
          VocabularyEntry.of(Facility.class),
          VocabularyEntry.of(WorkType.class));
}
