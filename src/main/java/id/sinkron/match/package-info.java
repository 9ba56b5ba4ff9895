/**
 * Deciding which golden person an incoming record belongs to: cleaning, blocking, Fellegi–Sunter comparisons
 * and scores with explanations, EM estimation, decisions and clustering. Plain Java, no Spring, Camel or JDBC.
 */
package id.sinkron.match;
