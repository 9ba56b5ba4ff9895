/** Sync runs and the records they rejected: what ran, when, with what result, and why a record was refused. */
package id.sinkron.audit;
