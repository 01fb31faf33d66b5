package org.gazetteer.museums.exhibitimport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The downloadable import template: every column's header and one example row, UTF-8 with a
 * byte-order mark so that spreadsheet programs open the Chinese text correctly.
 */
final class CsvTemplate {

  private static final List<String> EXAMPLE =
      List.of(
          "CD-2023-0001",
          "510104218000000000123",
          "四川扶贫志",
          "Sichuan Poverty Alleviation Gazetteer",
          "古籍图书",
          "GAZETTEER",
          "2021年",
          "纸",
          "12",
          "册",
          "26.5",
          "18.4",
          "3.2",
          "",
          "0.85",
          "完整",
          "状态稳定，不需修复",
          "移交",
          "2023-05-12",
          "未定级",
          "四川省地方志编纂委员会",
          "",
          "2021年版",
          "510000",
          "记述四川脱贫攻坚历程的专志。",
          "",
          "扶贫;脱贫攻坚",
          "四川省方志馆藏",
          "");

  private CsvTemplate() {}

  /** The template with Chinese headers ({@code zh}) or the API's field names. */
  static String of(boolean chinese) {
    Function<ImportColumn, String> header =
        chinese ? ImportColumn::zhHeader : ImportColumn::apiName;
    StringWriter out = new StringWriter().append('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(Arrays.stream(ImportColumn.values()).map(header));
      printer.printRecord(EXAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
