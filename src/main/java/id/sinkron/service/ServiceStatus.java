package id.sinkron.service;

/** The canonical status of a service record; each source maps its own codes onto these ({@link ServiceStatuses}). */
public enum ServiceStatus {
    /** The person receives the service now (aid paid out, membership valid, pupil enrolled). */
    ACTIVE,
    /** Temporarily not received, expected to resume (aid withheld pending verification, premiums in arrears). */
    SUSPENDED,
    /** No longer received: graduated, left the programme, membership ended, person deceased. */
    ENDED
}
