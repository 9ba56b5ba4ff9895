/** HTTP concerns shared by every API: RFC 9457 problem details for every error. */
package id.sinkron.web;
