package org.gazetteer.museums.exhibit;

import org.gazetteer.common.text.Labeled;

/**
 * Categories of the national census of movable cultural relics (全国可移动文物普查), with their Chinese
 * names and English labels.
 */
public enum ExhibitCategory implements Labeled {
  JADE_STONE("玉石器、宝石", "Jade, stone and gems"),
  POTTERY("陶器", "Pottery"),
  PORCELAIN("瓷器", "Porcelain"),
  BRONZE("铜器", "Bronze"),
  GOLD_SILVER("金银器", "Gold and silver"),
  IRON_AND_OTHER_METALS("铁器、其他金属器", "Iron and other metals"),
  LACQUER("漆器", "Lacquer"),
  SCULPTURE("雕塑、造像", "Sculpture and statues"),
  STONE_CARVINGS_BRICKS("石器、石刻、砖瓦", "Stone tools, carvings, bricks and tiles"),
  CALLIGRAPHY_PAINTING("书法、绘画", "Calligraphy and painting"),
  STATIONERY("文具", "Stationery"),
  ORACLE_BONES("甲骨", "Oracle bones"),
  SEALS_TALLIES("玺印符牌", "Seals and tallies"),
  COINS("钱币", "Coins"),
  IVORY_BONE_HORN("牙骨角器", "Ivory, bone and horn"),
  BAMBOO_WOOD_CARVINGS("竹木雕", "Bamboo and wood carvings"),
  FURNITURE("家具", "Furniture"),
  ENAMEL("珐琅器", "Enamel"),
  TEXTILES_EMBROIDERY("织绣", "Textiles and embroidery"),
  ANCIENT_BOOKS("古籍图书", "Ancient books"),
  RUBBINGS("碑帖拓本", "Rubbings"),
  WEAPONS("武器", "Weapons"),
  STAMPS("邮品", "Philately"),
  DOCUMENTS("文件、宣传品", "Documents and publicity materials"),
  ARCHIVES("档案文书", "Archives and records"),
  CELEBRITY_RELICS("名人遗物", "Relics of notable people"),
  GLASS("玻璃器", "Glass"),
  INSTRUMENTS_RITUAL("乐器、法器", "Musical and ritual instruments"),
  LEATHER("皮革", "Leather"),
  AUDIOVISUAL("音像制品", "Audiovisual recordings"),
  NOTES_TICKETS("票据", "Notes and tickets"),
  TRANSPORT("交通、运输工具", "Means of transport"),
  MEASURES("度量衡器", "Weights and measures"),
  SPECIMENS_FOSSILS("标本、化石", "Specimens and fossils"),
  OTHER("其他", "Other");

  private final String zh;
  private final String en;

  ExhibitCategory(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
