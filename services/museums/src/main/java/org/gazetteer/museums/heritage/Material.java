package org.gazetteer.museums.heritage;

import org.gazetteer.common.text.Labeled;

/**
 * Material (质地) of an object, as the national movable-heritage census groups them: organic,
 * inorganic, composite.
 */
public enum Material implements Labeled {
  WOOD("木", "Wood"),
  BAMBOO("竹", "Bamboo"),
  PAPER("纸", "Paper"),
  COTTON_HEMP("棉麻纤维", "Cotton and hemp fibre"),
  SILK("丝", "Silk"),
  WOOL("毛", "Wool and hair"),
  LEATHER("皮革", "Leather"),
  BONE_HORN_IVORY("骨角牙", "Bone, horn and ivory"),
  OTHER_ORGANIC("其他有机质", "Other organic"),
  STONE("石", "Stone"),
  GEMSTONE_JADE("宝玉石", "Gemstone and jade"),
  POTTERY("陶", "Pottery"),
  PORCELAIN("瓷", "Porcelain"),
  BRICK_TILE("砖瓦", "Brick and tile"),
  CLAY("泥", "Clay"),
  GLASS("玻璃", "Glass"),
  COPPER("铜", "Copper and bronze"),
  IRON("铁", "Iron"),
  GOLD("金", "Gold"),
  SILVER("银", "Silver"),
  OTHER_METAL("其他金属", "Other metal"),
  OTHER_INORGANIC("其他无机质", "Other inorganic"),
  COMPOSITE("复合或组合质地", "Composite or combined");

  private final String zh;
  private final String en;

  Material(String zh, String en) {
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
