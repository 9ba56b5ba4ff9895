/**
 * Pure functions that turn raw agency values (NIK, KK, names, dates, codes, phones, regions) into clean canonical
 * values, the Indonesian way, and the forms the matcher compares names by ({@link id.sinkron.normalize.NameKeys}).
 */
package id.sinkron.normalize;
