package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.engines.AgreementRow;
import dev.sledcheck.reports.engines.JcstressOutcome;
import java.util.List;

/**
 * A {@code sledcheck-agreement} document (the stress module's {@code agreement.json}, or a result's
 * {@code engines} field) back into an {@link Agreement}. Optional fields may be absent or null.
 */
public final class AgreementReader {
    private final Fields f;
    private final String file;

    AgreementReader(String file) {
        this.file = file;
        this.f = new Fields(file);
    }

    Agreement read(JsonNode root, String p) {
        if (!root.isObject()) {
            throw f.bad(p, "expected an object");
        }
        List<AgreementRow> rows = f.list(root, p, "configurations", (n, rp) -> {
            if (!n.isObject()) {
                throw f.bad(rp, "expected an object");
            }
            JsonNode js = n.get("jcstress");
            List<JcstressOutcome> outcomes = js == null || js.isNull() ? List.of()
                    : f.list(f.object(n, rp, "jcstress"), rp + "/jcstress", "outcomes", (o, op) -> new JcstressOutcome(
                            f.text(o, op, "outcome"), f.text(o, op, "grade"), f.integer(o, op, "count"),
                            orEmpty(f.optionalText(o, op, "desc"))));
            return new AgreementRow(f.text(n, rp, "configuration"), orEmpty(f.optionalText(n, rp, "question")),
                    f.text(n, rp, "property"), f.text(n, rp, "checker"), f.optionalText(n, rp, "checkerFull"),
                    f.optionalText(n, rp, "lincheck"), outcomes, f.bool(n, rp, "agrees"),
                    orEmpty(f.optionalText(n, rp, "note")));
        });
        return new Agreement(file, f.optionalText(root, p, "jcstressReport"), rows);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
