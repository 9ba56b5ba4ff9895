package id.sinkron.audit;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param intact true when every entry matches its hash and follows the one before
 * @param entriesChecked entries read (up to and including the first broken one)
 * @param firstBrokenId the first entry that breaks the chain, or null
 * @param reason what is wrong with it, or null
 */
public record Verification(boolean intact, long entriesChecked, Long firstBrokenId, String reason) {}
