/**
 * Pure functions that turn raw agency values (NIK, KK, names, dates, codes, phones, regions) into clean canonical
 * values, the Indonesian way.
 */
package id.sinkron.normalize;
