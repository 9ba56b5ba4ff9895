/** HTTP API over sync runs and rejections. */
package id.sinkron.audit.web;
