package org.gazetteer.museums.museum;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.VocabularyEntry;

/** The controlled vocabularies of museum records, with Chinese and English labels. */
@Schema(name = "MuseumVocabularies")
public record MuseumVocabularies(List<VocabularyEntry> kind) {

  static final MuseumVocabularies ALL =
      new MuseumVocabularies(VocabularyEntry.of(MuseumKind.class));
}
