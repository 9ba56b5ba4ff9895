/** The thin Camel glue: the {@code direct:sinkron-ingest} endpoint that hands route bodies to the sync pipeline, keeping Camel types out of the domain. */
package id.sinkron.camel;
