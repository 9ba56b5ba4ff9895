package id.sinkron.subscription;

/** A webhook subscription's signing secrets: events are signed with both while a rotation is under way. */
public record SigningSecrets(String current, String previous) {

    @Override
    public String toString() {
        return "SigningSecrets[redacted]";
    }
}
