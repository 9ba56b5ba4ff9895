/** The key administration API. */
package id.sinkron.security.web;
