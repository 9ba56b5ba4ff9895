/** HTTP push ingestion (agencies send records in canonical field names), watermarks and the match keys the linker uses. */
package id.sinkron.ingest.web;
