/** HTTP API over subscriptions: create, list, pause, resume, replay, secrets, dead letters, and the pull endpoint. */
package id.sinkron.subscription.web;
