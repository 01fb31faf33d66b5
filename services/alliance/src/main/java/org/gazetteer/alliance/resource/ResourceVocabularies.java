package org.gazetteer.alliance.resource;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.alliance.request.ConditionKind;
import org.gazetteer.common.text.VocabularyEntry;
import org.gazetteer.common.vocabulary.Licence;

/**
 * The codes of shared resources and of their requests' conditions, with Chinese and English labels,
 * for forms and filters.
 */
@Schema(name = "ResourceVocabularies")
public record ResourceVocabularies(
    @Schema(description = "What a member shares") List<VocabularyEntry> kind,
    @Schema(description = "Who may see a resource") List<VocabularyEntry> scope,
    @Schema(description = "How a resource is handed over") List<VocabularyEntry> delivery,
    @Schema(description = "The licences a resource may carry (the network's licence vocabulary)")
        List<VocabularyEntry> licence,
    @Schema(description = "The conditions an owner may set on a request (offer-conditions)")
        List<VocabularyEntry> condition) {

  static final ResourceVocabularies ALL =
      new ResourceVocabularies(
          VocabularyEntry.of(ResourceKind.class),
          VocabularyEntry.of(ResourceScope.class),
          VocabularyEntry.of(Delivery.class),
          VocabularyEntry.of(Licence.class),
          VocabularyEntry.of(ConditionKind.class));
}
