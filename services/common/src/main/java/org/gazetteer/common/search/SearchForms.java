package org.gazetteer.common.search;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a record is searched by, in {@link ChineseText}'s forms: its texts folded in three weights
 * ({@code search_a} names and titles, {@code search_b} keywords and the like, {@code search_c}
 * descriptions — the columns the table's generated {@code search} vector is built from, with
 * common's SQL function {@code search_vector}), the pinyin key of its title or name ({@code
 * search_pinyin}, null where a table has none) and the version of the forms ({@code search_forms}).
 * An entity embeds it and writes it again before each insert and update; rows written by SQL get it
 * from {@link SearchFormsBackfill}.
 */
@Embeddable
public class SearchForms {

  @Column(name = "search_a")
  public String a;

  @Column(name = "search_b")
  public String b;

  @Column(name = "search_c")
  public String c;

  @Column(name = "search_pinyin")
  public String pinyin;

  @Column(name = "search_forms")
  public Short version;

  /**
   * The forms of a record's texts in three weights and of its title or name read as pinyin ({@code
   * pinyinOf}, null for a table without pinyin); null texts are left out.
   */
  public static SearchForms of(List<String> a, List<String> b, List<String> c, String pinyinOf) {
    SearchForms forms = new SearchForms();
    forms.a = ChineseText.fold(joined(a));
    forms.b = ChineseText.fold(joined(b));
    forms.c = ChineseText.fold(joined(c));
    forms.pinyin = pinyinOf == null ? null : ChineseText.pinyinKey(pinyinOf);
    forms.version = ChineseText.VERSION;
    return forms;
  }

  /** Texts of one weight, any of them null. */
  public static List<String> texts(String... parts) {
    return Arrays.asList(parts);
  }

  private static String joined(List<String> parts) {
    String joined = parts.stream().filter(Objects::nonNull).collect(Collectors.joining(" "));
    return joined.isBlank() ? null : joined;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SearchForms that
        && Objects.equals(a, that.a)
        && Objects.equals(b, that.b)
        && Objects.equals(c, that.c)
        && Objects.equals(pinyin, that.pinyin)
        && Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(a, b, c, pinyin, version);
  }
}
