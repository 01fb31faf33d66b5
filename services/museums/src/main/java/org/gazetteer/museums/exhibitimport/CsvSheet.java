package org.gazetteer.museums.exhibitimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.text.SafeText;

/**
 * An uploaded CSV file read into rows of known columns. UTF-8 only, with or without a byte-order
 * mark; anything else is a 400 that says where the file stops being UTF-8, rather than mojibake
 * stored in the register.
 *
 * @param headers the file's own header text per column it has
 * @param rows the data rows, by line number
 * @param issues header problems (unknown, repeated or missing columns), on row 1
 */
record CsvSheet(Map<ImportColumn, String> headers, List<Row> rows, List<ImportIssue> issues) {

  /** One data row: its line in the file and its non-blank cells. */
  record Row(int line, Map<ImportColumn, String> cells) {}

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  static CsvSheet parse(byte[] body, int maxRows) {
    String text = utf8(body);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVParser parser = open(text);
    try (parser) {
      List<CSVRecord> records = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (records.size() > maxRows) {
          throw ProblemException.invalid(
              "body", "has more than " + maxRows + " rows; split the register into several files");
        }
        records.add(record);
      }
      if (records.isEmpty()) {
        throw ProblemException.invalid("body", "is empty; the first line must be the header");
      }
      return of(records);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw ProblemException.invalid(
          "body",
          "is not well-formed CSV near line "
              + parser.getCurrentLineNumber()
              + " (an unclosed quote or text after a closing quote)");
    }
  }

  private static CSVParser open(String text) {
    try {
      return CSVParser.parse(new StringReader(text), FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CsvSheet of(List<CSVRecord> records) {
    Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
    List<ImportColumn> positions = new ArrayList<>();
    List<ImportIssue> issues = new ArrayList<>();
    for (String header : records.get(0)) {
      ImportColumn column = ImportColumn.ofHeader(header).orElse(null);
      if (column == null) {
        issues.add(new ImportIssue(1, header, "is not a column of the exhibit template"));
      } else if (headers.putIfAbsent(column, header) != null) {
        issues.add(new ImportIssue(1, header, "repeats column " + headers.get(column)));
        column = null;
      }
      positions.add(column);
    }
    for (ImportColumn required : ImportColumn.REQUIRED) {
      if (!headers.containsKey(required)) {
        issues.add(new ImportIssue(1, required.zhHeader(), "is a required column and missing"));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      rows.add(row(record, records.get(0), positions, issues));
    }
    return new CsvSheet(headers, rows, issues);
  }

  private static Row row(
      CSVRecord record, CSVRecord header, List<ImportColumn> positions, List<ImportIssue> issues) {
    int line = (int) record.getRecordNumber();
    if (record.size() > positions.size()) {
      issues.add(new ImportIssue(line, null, "has more cells than the header has columns"));
    }
    Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
    for (int i = 0; i < Math.min(record.size(), positions.size()); i++) {
      String value = record.get(i);
      String unsafe = SafeText.problem(value);
      if (unsafe != null) {
        issues.add(new ImportIssue(line, i < header.size() ? header.get(i) : null, unsafe));
      } else if (positions.get(i) != null && !value.isBlank()) {
        cells.put(positions.get(i), value);
      }
    }
    return new Row(line, cells);
  }

  private static String utf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(body));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw ProblemException.invalid(
          "body",
          "is not UTF-8 (line "
              + lineOfFirstBadByte(body)
              + "); save the file as \"CSV UTF-8\" (a GBK/GB18030 export will not do)");
    }
  }

  /** The line of the first byte that does not decode, counting newlines before it. */
  private static int lineOfFirstBadByte(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(body.length);
    decoder.decode(in, out, true);
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (body[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
