package dev.sledcheck.reports.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

    @Test
    void formatEqualsPath() {
        assertEquals(new Target(Format.HTML, Path.of("out/r.html")), Target.parse("html=out/r.html"));
        assertEquals(new Target(Format.JSON, Path.of("a=b.json")), Target.parse("json=a=b.json"), "split at the first =");
    }

    @Test
    void aBareMdIsTheJobSummary() {
        Target t = Target.parse("md");
        assertTrue(t.stepSummary());
        assertEquals("md ($GITHUB_STEP_SUMMARY)", t.describe());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pdf=x.pdf|unknown report format 'pdf' in 'pdf=x.pdf'; valid: text, json, html, md",
        "HTML=x|unknown report format 'HTML' in 'HTML=x'; valid: text, json, html, md",
        "html|--report html needs a path: html=PATH",
        "json=|--report json= needs a path after '='",
    })
    void badSpecsAreOneLine(String spec, String message) {
        assertEquals(message, assertThrows(ReportTargetException.class, () -> Target.parse(spec)).getMessage());
    }
}
