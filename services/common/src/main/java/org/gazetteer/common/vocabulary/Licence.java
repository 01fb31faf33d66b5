package org.gazetteer.common.vocabulary;

import org.gazetteer.common.text.Labeled;

/**
 * Licence of an image or digital surrogate. Each code carries the canonical URL that JSON-LD
 * ({@code schema:license}) and harvesters understand.
 */
public enum Licence implements Labeled {
  CC0_1_0("CC0 1.0 公有领域贡献", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
  PUBLIC_DOMAIN(
      "公有领域标识 1.0", "Public Domain Mark 1.0", "https://creativecommons.org/publicdomain/mark/1.0/"),
  CC_BY_4_0("知识共享 署名 4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
  CC_BY_SA_4_0(
      "知识共享 署名-相同方式共享 4.0", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
  CC_BY_NC_4_0(
      "知识共享 署名-非商业性使用 4.0", "CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
  CC_BY_NC_SA_4_0(
      "知识共享 署名-非商业性使用-相同方式共享 4.0",
      "CC BY-NC-SA 4.0",
      "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
  CC_BY_ND_4_0(
      "知识共享 署名-禁止演绎 4.0", "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
  CC_BY_NC_ND_4_0(
      "知识共享 署名-非商业性使用-禁止演绎 4.0",
      "CC BY-NC-ND 4.0",
      "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
  IN_COPYRIGHT("保留所有权利", "In copyright", "https://rightsstatements.org/vocab/InC/1.0/");

  private final String zh;
  private final String en;
  private final String url;

  Licence(String zh, String en, String url) {
    this.zh = zh;
    this.en = en;
    this.url = url;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  public String url() {
    return url;
  }
}
