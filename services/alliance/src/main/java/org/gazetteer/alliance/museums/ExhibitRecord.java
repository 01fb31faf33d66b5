package org.gazetteer.alliance.museums;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.text.LocalizedText;

/** The part of a published exhibit (as the museums service serves it) a shared resource shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExhibitRecord(
    UUID id, String museum, LocalizedText title, List<Image> images, String status) {

  /** One image of the exhibit. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Image(String url) {}

  /** The first image's URL, or null. */
  public String firstImage() {
    return images == null || images.isEmpty() ? null : images.get(0).url();
  }
}
