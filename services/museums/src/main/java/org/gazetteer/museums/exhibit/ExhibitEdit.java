package org.gazetteer.museums.exhibit;

/**
 * What an edit did: changed the exhibit in place ({@code applied}, 200), or — for a published one —
 * stored it as the exhibit's pending revision ({@code proposed}, 202).
 */
public record ExhibitEdit(ExhibitResponse applied, RevisionResponse proposed) {

  static ExhibitEdit applied(ExhibitResponse exhibit) {
    return new ExhibitEdit(exhibit, null);
  }

  static ExhibitEdit proposed(RevisionResponse revision) {
    return new ExhibitEdit(null, revision);
  }
}
