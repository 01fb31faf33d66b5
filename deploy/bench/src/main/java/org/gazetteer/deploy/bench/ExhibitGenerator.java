package org.gazetteer.deploy.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.museums.exhibit.ExhibitSearchForms;

/**
 * Loads the benchmark data over JDBC: a few museums and {@code count} published exhibits in batches
 * of one multi-row {@code INSERT … SELECT FROM unnest(…)} each (ids from {@code
 * gen_random_uuid()}), then {@code VACUUM ANALYZE} for the planner's statistics and the visibility
 * map. (The search index has {@code fastupdate} off, so there is no pending list to merge.) Each
 * row carries its search forms as the museums service writes them, made by the service's own {@link
 * ExhibitSearchForms}.
 */
final class ExhibitGenerator {

  static final long SEED = 20_240_611L;
  private static final int BATCH = 2_000;

  private static final String INSERT_MUSEUM =
      "INSERT INTO museum (code, name_zh, kind, division) VALUES (?, ?, ?, ?)";
  private static final String INSERT_EXHIBITS =
      "INSERT INTO exhibit (id, museum_code, inventory_no, title_zh, category, work_type,"
          + " dating_label, dating_from, dating_to, description_zh, keywords, status, created_by,"
          + " submitted_by, created_at, updated_at, search_a, search_b, search_c, search_pinyin,"
          + " search_forms)"
          + " SELECT gen_random_uuid(), u.museum, u.inv, u.title, u.category, u.work_type, u.label,"
          + " u.dfrom, u.dto, u.descr, string_to_array(u.kw, '|'), 'PUBLISHED', u.cby, u.sby,"
          + " u.at::timestamptz, u.at::timestamptz, u.sa, u.sb, u.sc, u.sp, u.sf"
          + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::text[], ?::text[], ?::smallint[])"
          + " AS u(museum, inv, title, category, work_type, label, dfrom, dto, descr, kw, cby,"
          + " sby, at, sa, sb, sc, sp, sf)";

  private static final String[][] MUSEUM_ROWS = {
    {"sichuan", "四川省方志馆", "PROVINCIAL", "510000"},
    {"chengdu", "成都方志馆", "CITY", "510100"},
    {"leshan", "乐山方志馆", "CITY", "511100"},
    {"mianyang", "绵阳方志馆", "CITY", "510700"},
    {"zigong", "自贡方志馆", "CITY", "510300"},
    {"yibin", "宜宾方志馆", "CITY", "511500"},
    {"yaan", "雅安方志馆", "CITY", "511800"},
    {"dujiangyan", "都江堰市方志馆", "COUNTY", "510181"},
  };

  private ExhibitGenerator() {}

  /** Inserts the museums and {@code count} exhibits; {@code progress} hears every 20,000 rows. */
  static void load(Connection connection, int count, IntConsumer progress) throws SQLException {
    insertMuseums(connection);
    ExhibitComposer composer = new ExhibitComposer(SEED, museumCodes());
    try (PreparedStatement insert = connection.prepareStatement(INSERT_EXHIBITS)) {
      for (int start = 0; start < count; start += BATCH) {
        List<GeneratedExhibit> rows = new ArrayList<>();
        for (int i = start; i < Math.min(count, start + BATCH); i++) {
          rows.add(composer.next(i));
        }
        bind(connection, insert, rows);
        insert.executeUpdate();
        if ((start + rows.size()) % 20_000 == 0) {
          progress.accept(start + rows.size());
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE museum");
      statement.execute("VACUUM ANALYZE exhibit");
    }
  }

  static List<String> museumCodes() {
    return Arrays.stream(MUSEUM_ROWS).map(row -> row[0]).toList();
  }

  private static void insertMuseums(Connection connection) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_MUSEUM)) {
      for (String[] row : MUSEUM_ROWS) {
        for (int i = 0; i < row.length; i++) {
          insert.setString(i + 1, row[i]);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void bind(
      Connection connection, PreparedStatement insert, List<GeneratedExhibit> rows)
      throws SQLException {
    int column = 1;
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::museum));
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::inventoryNo));
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::titleZh));
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::category));
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::workType));
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::datingLabel));
    insert.setArray(column++, ints(connection, rows, GeneratedExhibit::datingFrom));
    insert.setArray(column++, ints(connection, rows, GeneratedExhibit::datingTo));
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::descriptionZh));
    insert.setArray(column++, text(connection, rows, e -> String.join("|", e.keywords())));
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::createdBy));
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::submittedBy));
    insert.setArray(column++, text(connection, rows, GeneratedExhibit::createdAt));
    List<SearchForms> forms = rows.stream().map(ExhibitGenerator::searchForms).toList();
    insert.setArray(column++, texts(connection, forms, f -> f.a));
    insert.setArray(column++, texts(connection, forms, f -> f.b));
    insert.setArray(column++, texts(connection, forms, f -> f.c));
    insert.setArray(column++, texts(connection, forms, f -> f.pinyin));
    insert.setArray(
        column,
        connection.createArrayOf("int2", forms.stream().map(f -> f.version).toArray(Short[]::new)));
  }

  /** What the service would write: its own function over the texts the loader writes. */
  private static SearchForms searchForms(GeneratedExhibit e) {
    return ExhibitSearchForms.of(
        e.titleZh(),
        null,
        String.join(" ", e.keywords()),
        null,
        null,
        e.datingLabel(),
        e.descriptionZh(),
        null);
  }

  private static Array texts(
      Connection connection, List<SearchForms> forms, Function<SearchForms, String> part)
      throws SQLException {
    return connection.createArrayOf("text", forms.stream().map(part).toArray(String[]::new));
  }

  private static Array text(
      Connection connection, List<GeneratedExhibit> rows, Function<GeneratedExhibit, String> field)
      throws SQLException {
    return connection.createArrayOf("text", rows.stream().map(field).toArray(String[]::new));
  }

  private static Array ints(
      Connection connection, List<GeneratedExhibit> rows, ToIntFunction<GeneratedExhibit> field)
      throws SQLException {
    return connection.createArrayOf(
        "int4", rows.stream().map(e -> field.applyAsInt(e)).toArray(Integer[]::new));
  }
}
