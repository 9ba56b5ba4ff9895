/** Subscriptions of agencies to the change feed: filters, projection, CloudEvents, signed webhooks, delivery with retries and dead letters. */
package id.sinkron.subscription;
