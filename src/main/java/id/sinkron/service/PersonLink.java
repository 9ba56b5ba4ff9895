package id.sinkron.service;

/** How a service record found its person; kept in the service's provenance so an auditor sees why. */
public enum PersonLink {
    /** Through the cross-reference: the agency's own person record id, linked to a golden person. */
    SOURCE_RECORD,
    /** The NIK is held by exactly one golden person. */
    NIK,
    /** Not (yet) resolved: the person is unknown or the NIK ambiguous; the service is kept with a warning. */
    UNRESOLVED
}
