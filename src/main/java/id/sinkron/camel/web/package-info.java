/** The route control API ({@code /api/v1/routes}): route state, start, stop, suspend, resume, run now, and the reload of the route and source files ({@code /api/v1/sources/reload}). */
package id.sinkron.camel.web;
