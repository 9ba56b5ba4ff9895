/** HTTP pull API over the change feed. */
package id.sinkron.feed.web;
