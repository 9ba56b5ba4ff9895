/** The region codes over HTTP: one region by code, children and name search. */
package id.sinkron.region.web;
