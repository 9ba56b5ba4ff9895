/** Deciding which golden person an incoming record belongs to: plain Java, no Spring, Camel or JDBC. */
package id.sinkron.match;
