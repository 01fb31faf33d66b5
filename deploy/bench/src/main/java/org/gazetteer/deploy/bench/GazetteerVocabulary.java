package org.gazetteer.deploy.bench;

import java.util.List;

/**
 * The word lists the exhibit generator draws from: Sichuan places, gazetteer topics, kinds of work
 * and eras. Query terms appear only where {@link ExhibitComposer} puts them, so their match
 * fractions follow from the list sizes: {@code 熊猫} is one topic of {@value #TOPIC_COUNT} (about 1.6
 * % of titles, plus some descriptions), {@code 茶马古道志} needs that topic and a work starting with 志
 * (half of the works), about 0.8 %.
 */
final class GazetteerVocabulary {

  static final int TOPIC_COUNT = 64;

  static final List<String> PLACES =
      List.of(
          "四川", "成都", "乐山", "绵阳", "自贡", "宜宾", "雅安", "泸州", "德阳", "南充", "达州", "眉山", "广元", "遂宁", "内江",
          "资阳", "巴中", "攀枝花", "广安", "阿坝", "甘孜", "凉山", "都江堰", "峨眉山", "阆中", "崇州", "邛崃", "彭州", "江油",
          "汶川", "北川", "九寨沟", "康定", "西昌", "叙永", "富顺", "荣县", "犍为", "夹江", "宝兴", "天全", "芦山");

  static final List<String> TOPICS =
      List.of(
          "扶贫", "熊猫", "水利", "盐业", "茶马古道", "蜀锦", "川剧", "漆器", "三线建设", "地震", "移民", "教育", "交通", "铁路",
          "航运", "农业", "茶叶", "丝绸", "井盐", "桥梁", "古镇", "方言", "民俗", "寺观", "书院", "科举", "人物", "艺文", "物产",
          "气候", "山川", "水系", "灾异", "赋税", "户籍", "城池", "驿站", "关隘", "土司", "羌族", "彝族", "藏族", "兵事", "金石",
          "碑刻", "石窟", "蚕桑", "酿酒", "竹编", "药材", "森林", "湿地", "旅游", "商贸", "金融", "卫生", "邮电", "体育", "戏曲",
          "饮食", "园林", "矿产", "电力", "航空");

  /** Title suffixes; 志 is listed three times because most holdings are gazetteers proper. */
  static final List<Work> WORKS =
      List.of(
          new Work("志", "GAZETTEER", "志书"),
          new Work("志", "GAZETTEER", "志书"),
          new Work("志", "GAZETTEER", "志书"),
          new Work("志稿", "GAZETTEER", "志书"),
          new Work("年鉴", "YEARBOOK", "年鉴"),
          new Work("图志", "ILLUSTRATED_GAZETTEER", "图志"),
          new Work("舆图", "MAP", "舆图"),
          new Work("档案", "ARCHIVE", "档案"));

  static final List<Era> ERAS =
      List.of(
          new Era("清乾隆", "乾隆", 1736, 1795),
          new Era("清嘉庆", "嘉庆", 1796, 1820),
          new Era("清道光", "道光", 1821, 1850),
          new Era("清同治", "同治", 1862, 1874),
          new Era("清光绪", "光绪", 1875, 1908),
          new Era("清宣统", "宣统", 1909, 1911),
          new Era("民国", "民国", 1912, 1949),
          new Era("1950年代", null, 1950, 1959),
          new Era("1960年代", null, 1960, 1969),
          new Era("1980年代", null, 1980, 1989),
          new Era("1990年代", null, 1990, 1999),
          new Era("2000年代", null, 2000, 2009),
          new Era("2010年代", null, 2010, 2019),
          new Era("2020年代", null, 2020, 2023));

  /** What a gazetteer records; none of these is a benchmark query term. */
  static final List<String> ASPECTS =
      List.of(
          "沿革", "疆域", "风俗", "职官", "选举", "祠祀", "田赋", "学校", "兵防", "山水", "古迹", "城乡", "人口", "工业", "文化");

  static final List<String> MAKING = List.of("编纂", "刊印", "抄录", "整理", "汇编", "石印");

  static final List<String> CONDITION = List.of("保存完好", "品相良好", "略有虫蛀", "局部水渍", "书衣残损", "经修复");

  private GazetteerVocabulary() {}

  /** A kind of work: its title suffix, the exhibit's work type and its keyword. */
  record Work(String suffix, String workType, String keyword) {}

  /** An era: the dating label, the short form used in titles (none for modern ones), years. */
  record Era(String label, String titlePrefix, int from, int to) {}
}
