/**
 * Kemendagri region codes: the shipped reference table, in-memory lookups by code and name, and the resolution
 * of written addresses to village codes.
 */
package id.sinkron.region;
