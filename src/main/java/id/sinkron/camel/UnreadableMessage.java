package id.sinkron.camel;

/**
 * A message (or an element of a JSON array message) that is not a record: stored as a rejection with its raw
 * text and {@code why}, so a malformed message never stops a consumer and is never lost.
 */
record UnreadableMessage(String rawText, String why) {}
