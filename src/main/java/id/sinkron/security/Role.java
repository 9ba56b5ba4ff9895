package id.sinkron.security;

/** What a caller may do. A key or token may hold several roles; nothing is allowed that no role grants. */
public enum Role {
    /** Sources, routes, pushes, subscriptions, API keys and metrics; sees personal data masked. */
    ADMIN,
    /** Match reviews, merges and unmerges: reads persons and the feed with NIK and KK numbers in clear. */
    STEWARD,
    /** Read only: sync runs, rejections, persons, lineage, the audit log and exports; NIK and KK masked. */
    AUDITOR,
    /** One agency: its own subscriptions, their events and pushes to its own sources, projected to its entitlements. */
    AGENCY
}
