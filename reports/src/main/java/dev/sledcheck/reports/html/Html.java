package dev.sledcheck.reports.html;

/**
 * The escaper: the only way report text reaches the page. It escapes the five characters that
 * matter in element content and in double- or single-quoted attributes, so the same call serves
 * both.
 */
public final class Html {
    private Html() {}

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A fragment id made of {@code [a-z0-9-]} only ({@code sim-bug --user-stop} gives {@code
     * sim-bug-user-stop}), so it needs no escaping in {@code href="#..."}.
     */
    public static String id(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return t.replaceAll("^-+|-+$", "");
    }
}
