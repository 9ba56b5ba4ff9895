/** Pure functions that turn raw agency values into clean canonical ones, the Indonesian way: NIK, KK, names, dates, codes, phones, regions. */
package id.sinkron.normalize;
