package org.gazetteer.deploy.bench;

import java.util.List;

/** One generated published exhibit, before the database gives it an id. */
record GeneratedExhibit(
    String museum,
    String inventoryNo,
    String titleZh,
    String category,
    String workType,
    String datingLabel,
    int datingFrom,
    int datingTo,
    String descriptionZh,
    List<String> keywords,
    String createdBy,
    String submittedBy,
    String createdAt) {}
