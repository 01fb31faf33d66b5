package org.gazetteer.readingrooms.room;

/** Work titles as the register compares them: "《四川扶贫志》" and "四川扶贫志" are one work. */
public final class Titles {

  private Titles() {}

  /** The title without 《》 and surrounding blanks. */
  public static String bare(String title) {
    return title.replace("《", "").replace("》", "").strip();
  }
}
