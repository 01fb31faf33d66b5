package org.gazetteer.museums.exhibit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.museums.heritage.Acquisition;
import org.gazetteer.museums.heritage.Dimensions;
import org.gazetteer.museums.heritage.Quantity;

/** Maps exhibits between the API records and the entity, field by field. */
final class ExhibitMapper {

  private ExhibitMapper() {}

  /** The exhibit as {@code caller} may read it: staff names only for its curators and admins. */
  static ExhibitResponse toResponse(Exhibit e, Caller caller) {
    return toResponse(e, caller, null);
  }

  /** {@link #toResponse(Exhibit, Caller)} with its pending revision, if the caller may know. */
  static ExhibitResponse toResponse(Exhibit e, Caller caller, PendingRevision pending) {
    boolean internal = caller.readsInternal(e.museum, Roles.CURATOR);
    return toResponse(e, internal, internal ? pending : null);
  }

  /** The exhibit as the public reads it, naming no staff user. */
  static ExhibitResponse toPublicResponse(Exhibit e) {
    return toResponse(e, false, null);
  }

  /**
   * A detached copy of {@code published} with {@code proposal} applied: the exhibit as it would
   * read once the revision is approved.
   */
  static Exhibit preview(Exhibit published, ExhibitRequest proposal) {
    Exhibit copy = new Exhibit();
    copy.id = published.id;
    copy.museum = published.museum;
    copy.status = published.status;
    copy.createdBy = published.createdBy;
    copy.submittedBy = published.submittedBy;
    copy.demo = published.demo;
    copy.version = published.version;
    copy.createdAt = published.createdAt;
    copy.updatedAt = published.updatedAt;
    apply(proposal, copy);
    return copy;
  }

  private static ExhibitResponse toResponse(Exhibit e, boolean internal, PendingRevision pending) {
    return new ExhibitResponse(
        e.id,
        e.museum,
        e.inventoryNo,
        e.censusNo,
        new LocalizedText(e.titleZh, e.titleEn),
        e.category,
        e.workType,
        e.datingLabel == null
            ? null
            : new Dating(e.datingLabel, e.datingFrom, e.datingTo, e.datingFrom != null),
        e.material,
        e.quantityCount == null ? null : new Quantity(e.quantityCount, e.quantityUnit),
        dimensions(e),
        plain(e.massKg),
        e.condition,
        e.preservation,
        e.acquisitionMethod == null
            ? null
            : new Acquisition(e.acquisitionMethod, e.acquisitionDate),
        e.grade,
        LocalizedText.of(e.compilerZh, e.compilerEn),
        e.edition,
        List.of(e.divisionsCovered),
        LocalizedText.of(e.descriptionZh, e.descriptionEn),
        List.of(e.keywords),
        e.images.items(),
        LocalizedText.of(e.rightsZh, e.rightsEn),
        e.status,
        pending,
        e.demo,
        e.version,
        internal ? e.createdBy : null,
        e.createdAt,
        e.updatedAt);
  }

  static void apply(ExhibitRequest r, Exhibit e) {
    e.inventoryNo = r.inventoryNo().strip();
    e.censusNo = r.censusNo();
    e.titleZh = r.title().zh();
    e.titleEn = r.title().en();
    e.category = r.category();
    e.workType = r.workType();
    applyDating(r.dating(), e);
    e.material = r.material();
    e.quantityCount = r.quantity() == null ? null : r.quantity().count();
    e.quantityUnit = r.quantity() == null ? null : r.quantity().unit().strip();
    applyDimensions(r.dimensions(), e);
    e.massKg = r.massKg();
    e.condition = r.condition();
    e.preservation = r.preservation();
    e.acquisitionMethod = r.acquisition() == null ? null : r.acquisition().method();
    e.acquisitionDate = r.acquisition() == null ? null : r.acquisition().date();
    e.grade = r.grade();
    e.compilerZh = r.compiler() == null ? null : r.compiler().zh();
    e.compilerEn = r.compiler() == null ? null : r.compiler().en();
    e.edition = blankToNull(r.edition());
    e.divisionsCovered = distinct(r.divisionsCovered());
    e.descriptionZh = r.description() == null ? null : r.description().zh();
    e.descriptionEn = r.description() == null ? null : r.description().en();
    e.keywords = distinct(r.keywords());
    e.images = new StoredImages(r.images() == null ? List.of() : List.copyOf(r.images()));
    e.rightsZh = r.rights() == null ? null : r.rights().zh();
    e.rightsEn = r.rights() == null ? null : r.rights().en();
  }

  private static void applyDating(DatingRequest dating, Exhibit e) {
    e.datingLabel = dating == null ? null : dating.label().strip();
    Optional<YearRange> years = DatingParser.parse(e.datingLabel);
    e.datingFrom = years.map(YearRange::from).orElse(null);
    e.datingTo = years.map(YearRange::to).orElse(null);
  }

  private static void applyDimensions(Dimensions d, Exhibit e) {
    e.lengthCm = d == null ? null : d.lengthCm();
    e.widthCm = d == null ? null : d.widthCm();
    e.heightCm = d == null ? null : d.heightCm();
    e.dimensionsNote = d == null ? null : blankToNull(d.note());
  }

  private static Dimensions dimensions(Exhibit e) {
    Dimensions d =
        new Dimensions(plain(e.lengthCm), plain(e.widthCm), plain(e.heightCm), e.dimensionsNote);
    return d.isEmpty() ? null : d;
  }

  /** Without the zeros the column's scale adds: 26.50 reads back as 26.5. */
  static BigDecimal plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }

  private static String[] distinct(List<String> values) {
    return values == null
        ? new String[0]
        : values.stream().map(String::strip).distinct().toArray(String[]::new);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
