/** HTTP read API over golden persons and the cross-reference. */
package id.sinkron.canonical.web;
