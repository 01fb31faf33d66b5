package org.gazetteer.alliance.resource;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.VocabularyEntry;

/** The codes of shared resources, with Chinese and English labels, for forms and filters. */
@Schema(name = "ResourceVocabularies")
public record ResourceVocabularies(
    @Schema(description = "What a member shares") List<VocabularyEntry> kind,
    @Schema(description = "Who may see a resource") List<VocabularyEntry> scope,
    @Schema(description = "How a resource is handed over") List<VocabularyEntry> delivery) {

  static final ResourceVocabularies ALL =
      new ResourceVocabularies(
          VocabularyEntry.of(ResourceKind.class),
          VocabularyEntry.of(ResourceScope.class),
          VocabularyEntry.of(Delivery.class));
}
