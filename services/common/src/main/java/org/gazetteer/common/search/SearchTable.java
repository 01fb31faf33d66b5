package org.gazetteer.common.search;

import java.util.List;
import java.util.function.Function;

/**
 * A table whose rows carry {@link SearchForms}, as {@link SearchFormsBackfill} reads it: its key
 * column, the SQL of the texts the forms are made of, and the function that makes them — the one
 * its entity calls too, so a row written by SQL gets the forms the service would have written. A
 * service declares one per table as a CDI bean.
 *
 * @param table the table's name
 * @param key its primary-key column
 * @param columns SQL expressions of text over the row, in the order {@code forms} takes them
 * @param forms the forms of a row from the values of {@code columns}
 */
public record SearchTable(
    String table, String key, List<String> columns, Function<String[], SearchForms> forms) {}
