package org.gazetteer.museums.exhibit;

import static org.gazetteer.common.search.SearchForms.texts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.common.search.SearchTable;

/**
 * What an exhibit is searched by: its titles (weight A, and read as pinyin), keywords, compilers
 * and dating (B), descriptions (C) — written by the entity before each insert and update, and by
 * common's backfill for rows that SQL wrote, through the same function.
 */
@ApplicationScoped
public class ExhibitSearchForms {

  /** The forms of an exhibit's texts (the benchmark's loader writes its rows with this too). */
  public static SearchForms of(
      String titleZh,
      String titleEn,
      String keywords,
      String compilerZh,
      String compilerEn,
      String datingLabel,
      String descriptionZh,
      String descriptionEn) {
    return SearchForms.of(
        texts(titleZh, titleEn),
        texts(keywords, compilerZh, compilerEn, datingLabel),
        texts(descriptionZh, descriptionEn),
        titleZh);
  }

  static SearchForms of(Exhibit e) {
    return of(
        e.titleZh,
        e.titleEn,
        e.keywords == null ? null : String.join(" ", e.keywords),
        e.compilerZh,
        e.compilerEn,
        e.datingLabel,
        e.descriptionZh,
        e.descriptionEn);
  }

  @Produces
  SearchTable table() {
    return new SearchTable(
        "exhibit",
        "id",
        List.of(
            "title_zh",
            "title_en",
            "array_to_string(keywords, ' ')",
            "compiler_zh",
            "compiler_en",
            "dating_label",
            "description_zh",
            "description_en"),
        row -> of(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]));
  }
}
