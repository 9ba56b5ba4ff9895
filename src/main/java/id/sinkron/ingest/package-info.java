/** The sync pipeline: reads a source's rows, maps, normalizes and validates them, and writes them in batches as one sync run. */
package id.sinkron.ingest;
