/** Agency sources: their declarations in {@code config/sources/}, their formats, and mapping a native row to canonical field names. */
package id.sinkron.source;
