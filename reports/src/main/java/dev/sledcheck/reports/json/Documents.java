package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.engines.Agreement;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a saved file ({@code render --from}) and tells which document it is by its {@code kind}.
 * Every failure is a {@link BadReportFile} with a one-line message.
 */
public final class Documents {
    private Documents() {}

    /** Where jcstress puts its HTML report, relative to the agreement file (stress/target). */
    public static final String JCSTRESS_REPORT = "jcstress-report/index.html";

    public static Document read(Path file) {
        String name = file.toString();
        String text;
        try {
            // A strict decoder: a binary file is named as such, not parsed as mojibake.
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new BadReportFile(name + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadReportFile(name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadReportFile(name + ": cannot read: " + e.getMessage());
        }
        return parse(text, name, file.toAbsolutePath().getParent());
    }

    /** Parses {@code text}; a relative {@code jcstressReport} is resolved against {@code dir}. */
    public static Document parse(String text, String name, Path dir) {
        JsonNode root = Json.parse(text, name);
        Fields f = new Fields(name);
        if (!root.isObject()) {
            throw f.bad("", "expected a JSON object");
        }
        String kind = f.text(root, "", "kind");
        long version = f.integer(root, "", "schemaVersion");
        if (kind.equals(ResultJson.KIND)) {
            supported(f, version, ResultJson.SCHEMA_VERSION);
            Report r = new ResultReader(name).read(root);
            if (r.agreement() != null) {
                Agreement a = r.agreement();
                r = r.withAgreement(a.withJcstressReport(a.jcstressReport() == null ? null
                        : jcstressReport(a.jcstressReport(), dir)));
            }
            return new Document.Result(r);
        }
        if (kind.equals(AgreementJson.KIND)) {
            supported(f, version, AgreementJson.SCHEMA_VERSION);
            Agreement a = new AgreementReader(name).read(root, "");
            return new Document.Engines(a.withJcstressReport(jcstressReport(a.jcstressReport(), dir)));
        }
        throw f.bad("/kind", "unknown kind '" + kind + "'; expected " + ResultJson.KIND + " or " + AgreementJson.KIND);
    }

    private static void supported(Fields f, long version, int known) {
        if (version != known) {
            throw f.bad("/schemaVersion", "unsupported version " + version + " (this sledcheck reads " + known + ")");
        }
    }

    /** The report the file names, else the one jcstress leaves beside it; null when neither exists. */
    private static String jcstressReport(String named, Path dir) {
        if (dir == null) {
            return null;
        }
        Path p = dir.resolve(named == null ? JCSTRESS_REPORT : named).normalize();
        return Files.isRegularFile(p) ? p.toString() : null;
    }
}
