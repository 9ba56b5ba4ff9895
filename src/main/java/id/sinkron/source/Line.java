package id.sinkron.source;

/**
 * One physical line of the input: its text, or, when the line itself cannot be read (bytes not valid in the
 * charset, longer than the cap), what can be shown of it and why.
 *
 * @param no the line number, from 1
 * @param text the line without its terminator; for an unreadable line, what can be shown of it
 * @param problem why the line cannot be read; null when it can
 */
record Line(int no, String text, String problem) {

    static Line of(int no, String text) {
        return new Line(no, text, null);
    }

    static Line unreadable(int no, String shown, String problem) {
        return new Line(no, shown, problem);
    }

    boolean readable() {
        return problem == null;
    }

    SourceRow toRejection() {
        return SourceRow.unreadable(no, text, problem);
    }
}
