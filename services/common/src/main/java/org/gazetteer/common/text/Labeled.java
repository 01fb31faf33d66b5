package org.gazetteer.common.text;

/** A controlled-vocabulary code with its Chinese and English labels (DESIGN §5). */
public interface Labeled {

  String zh();

  String en();
}
