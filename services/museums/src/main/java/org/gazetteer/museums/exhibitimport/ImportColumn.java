package org.gazetteer.museums.exhibitimport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of an exhibit CSV: each has its API name (as in the JSON body, dotted for nested
 * fields) and the Chinese headers curators' registers use. Headers match either, ignoring case,
 * spaces and full-width brackets.
 */
enum ImportColumn {
  INVENTORY_NO("inventoryNo", "藏品编号", "总登记号"),
  CENSUS_NO("censusNo", "普查登记号"),
  TITLE_ZH("title.zh", "名称", "中文名称"),
  TITLE_EN("title.en", "英文名称"),
  CATEGORY("category", "类别", "文物类别"),
  WORK_TYPE("workType", "文献类型"),
  DATING("dating", "年代"),
  MATERIAL("material", "质地"),
  QUANTITY_COUNT("quantity.count", "数量"),
  QUANTITY_UNIT("quantity.unit", "计量单位"),
  LENGTH("dimensions.lengthCm", "长(厘米)", "通长"),
  WIDTH("dimensions.widthCm", "宽(厘米)", "通宽"),
  HEIGHT("dimensions.heightCm", "高(厘米)", "通高"),
  DIMENSIONS_NOTE("dimensions.note", "尺寸说明"),
  MASS("massKg", "质量(千克)"),
  CONDITION("condition", "完残程度"),
  PRESERVATION("preservation", "保存状态"),
  ACQUISITION_METHOD("acquisition.method", "来源方式"),
  ACQUISITION_DATE("acquisition.date", "入藏日期"),
  GRADE("grade", "文物级别"),
  COMPILER_ZH("compiler.zh", "编纂者"),
  COMPILER_EN("compiler.en", "编纂者(英文)"),
  EDITION("edition", "版本"),
  DIVISIONS_COVERED("divisionsCovered", "涉及地区"),
  DESCRIPTION_ZH("description.zh", "简介"),
  DESCRIPTION_EN("description.en", "简介(英文)"),
  KEYWORDS("keywords", "关键词"),
  RIGHTS_ZH("rights.zh", "权利声明"),
  RIGHTS_EN("rights.en", "权利声明(英文)");

  /** Columns a file must have. */
  static final List<ImportColumn> REQUIRED = List.of(INVENTORY_NO, TITLE_ZH, CATEGORY);

  private static final Map<String, ImportColumn> BY_HEADER =
      Arrays.stream(values())
          .flatMap(
              c ->
                  Stream.concat(Stream.of(c.apiName), c.zhHeaders.stream())
                      .map(h -> Map.entry(normalize(h), c)))
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

  private final String apiName;
  private final List<String> zhHeaders;

  ImportColumn(String apiName, String... zhHeaders) {
    this.apiName = apiName;
    this.zhHeaders = List.of(zhHeaders);
  }

  String apiName() {
    return apiName;
  }

  /** The first Chinese header, as the template writes it. */
  String zhHeader() {
    return zhHeaders.get(0);
  }

  static Optional<ImportColumn> ofHeader(String header) {
    return Optional.ofNullable(BY_HEADER.get(normalize(header)));
  }

  /** The column a validation path such as {@code quantity.count} or {@code keywords[2]} names. */
  static Optional<ImportColumn> ofPath(String path) {
    String plain = path.replaceAll("\\[\\d+]", "").replace(".<list element>", "");
    return Arrays.stream(values())
        .filter(c -> plain.equals(c.apiName) || plain.startsWith(c.apiName + "."))
        .findFirst()
        .or(
            () ->
                Arrays.stream(values()).filter(c -> c.apiName.startsWith(plain + ".")).findFirst());
  }

  private static String normalize(String header) {
    return header
        .replace('（', '(')
        .replace('）', ')')
        .replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }
}
