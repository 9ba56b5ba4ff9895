package id.sinkron.security;

/**
 * Where the access log writes: the audit module's hash-chained log. An interface here, so that this module, which
 * every web module uses, depends on none of them.
 */
public interface AccessRecords {

    /** Appends the entry durably, in a transaction of its own; returns its id. */
    long append(AccessEntry entry);
}
