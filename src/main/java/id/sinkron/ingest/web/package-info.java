/** HTTP push ingestion: agencies send records in canonical field names. */
package id.sinkron.ingest.web;
