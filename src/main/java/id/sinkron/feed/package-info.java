/** The ordered change feed: the outbox written with each golden change, and the pull API over it. */
package id.sinkron.feed;
