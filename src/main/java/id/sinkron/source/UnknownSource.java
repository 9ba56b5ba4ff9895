package id.sinkron.source;

/** No source with this id is declared in {@code config/sources/}. */
public class UnknownSource extends RuntimeException {

    private final String source;

    public UnknownSource(String source) {
        super("no source '" + source + "' is declared; declare it in a file under config/sources/");
        this.source = source;
    }

    public String source() {
        return source;
    }
}
