/** The thin Camel glue: the {@code direct:sinkron-ingest} endpoint that hands route bodies to the sync pipeline, keeping Camel types out of the domain; the beans source routes use to page REST APIs and batch broker messages; the delivery routes of subscriptions; and the {@code routes} health component. */
package id.sinkron.camel;
