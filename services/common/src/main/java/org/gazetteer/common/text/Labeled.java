package org.gazetteer.common.text;

/** A controlled-vocabulary code with its Chinese and English labels (docs/api-conventions.md). */
public interface Labeled {

  String zh();

  String en();
}
