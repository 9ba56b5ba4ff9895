/** The route control API ({@code /api/v1/routes}): route state, start, stop, suspend, resume, run now, reload. */
package id.sinkron.camel.web;
