package dev.sledcheck.model.omicron;

/** A sled agent's answer to a GET or PUT on a VMM's state. */
public record Answer(Code code, VmmState state, int gen) {

    /** The answers the model distinguishes (Nexus acts only on 200 and 404 NO_SUCH_INSTANCE). */
    public enum Code {
        OK("200"),
        NO_SUCH_INSTANCE("404"),
        GONE("410"),
        SERVER_ERROR("500"),
        /** No answer at all: the handler panicked and dropshot dropped the connection (a transport error). */
        DROPPED("dropped");

        private final String http;

        Code(String http) {
            this.http = http;
        }

        public String http() {
            return http;
        }
    }

    public static Answer ok(VmmState state, int gen) {
        return new Answer(Code.OK, state, gen);
    }

    public static Answer of(Code code) {
        return new Answer(code, null, 0);
    }

    /** Short form for schedule tokens: {@code 200:Stopping/6}, {@code 404}. */
    public String label() {
        return code == Code.OK ? "200:" + state + "/" + gen : code.http();
    }

    /** Long form for logs. */
    public String describe() {
        switch (code) {
            case OK:
                return "200 " + state + " gen " + gen;
            case NO_SUCH_INSTANCE:
                return "404 NO_SUCH_INSTANCE";
            case GONE:
                return "410 GONE";
            case SERVER_ERROR:
                return "500 (the runner panicked)";
            default:
                return "no answer (the handler panicked; the connection was dropped)";
        }
    }
}
