/** The thin Camel glue: the {@code direct:sinkron-ingest} endpoint that hands route bodies to the sync pipeline, keeping Camel types out of the domain; the delivery routes of subscriptions; the {@code routes} health component; and route control (state, start, stop, run now, reload of route files). */
package id.sinkron.camel;
