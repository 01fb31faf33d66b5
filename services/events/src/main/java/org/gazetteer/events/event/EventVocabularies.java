package org.gazetteer.events.event;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.VocabularyEntry;
import org.gazetteer.events.headcount.Audience;
import org.gazetteer.events.headcount.Channel;

/** The events service's controlled vocabularies, with Chinese and English labels. */
@Schema(name = "EventVocabularies")
public record EventVocabularies(
    @Schema(description = "Outreach targets (史志\"七进\" and online)") List<VocabularyEntry> target,
    @Schema(description = "Kinds of event") List<VocabularyEntry> kind,
    @Schema(description = "Audiences of head counts") List<VocabularyEntry> audience,
    @Schema(description = "Channels of head counts; ONLINE counts peak concurrent viewers")
        List<VocabularyEntry> channel) {

  static final EventVocabularies ALL =
      new EventVocabularies(
          VocabularyEntry.of(EventTarget.class),
          VocabularyEntry.of(EventKind.class),
          VocabularyEntry.of(Audience.class),
          VocabularyEntry.of(Channel.class));
}
