package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.engines.AgreementRow;
import dev.sledcheck.reports.engines.JcstressOutcome;

/**
 * An {@link Agreement} as a {@code sledcheck-agreement} document (schema: {@value #SCHEMA}): the
 * shape the stress module writes to {@code stress/target/agreement.json}, and the {@code engines}
 * field of a result.
 */
public final class AgreementJson {
    private AgreementJson() {}

    public static final String KIND = "sledcheck-agreement";
    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA = "/dev/sledcheck/reports/json/sledcheck.schema.json";

    public static String write(Agreement a) {
        return Json.pretty(tree(a));
    }

    static ObjectNode tree(Agreement a) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", KIND);
        if (a.jcstressReport() == null) {
            root.putNull("jcstressReport");
        } else {
            root.put("jcstressReport", a.jcstressReport());
        }
        ArrayNode rows = root.putArray("configurations");
        for (AgreementRow r : a.rows()) {
            ObjectNode n = rows.addObject();
            n.put("configuration", r.configuration());
            n.put("question", r.question());
            n.put("property", r.property());
            n.put("checker", r.checker());
            putOrNull(n, "checkerFull", r.checkerFull());
            putOrNull(n, "lincheck", r.lincheck());
            if (r.jcstress().isEmpty()) {
                n.putNull("jcstress");
            } else {
                ArrayNode outcomes = n.putObject("jcstress").putArray("outcomes");
                for (JcstressOutcome o : r.jcstress()) {
                    ObjectNode on = outcomes.addObject();
                    on.put("outcome", o.outcome());
                    on.put("grade", o.grade());
                    on.put("count", o.count());
                    on.put("desc", o.desc());
                }
            }
            n.put("agrees", r.agrees());
            n.put("note", r.note());
        }
        return root;
    }

    private static void putOrNull(ObjectNode n, String name, String value) {
        if (value == null) {
            n.putNull(name);
        } else {
            n.put(name, value);
        }
    }
}
