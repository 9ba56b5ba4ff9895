/** Chooses and opens the PostgreSQL database: an external server when configured, else an embedded one under {@code ./data/}. */
package id.sinkron.database;
