package dev.sledcheck.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.sledcheck.reports.Fixtures;
import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.output.Format;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema against hand-made documents, including the failure cases that show it checks
 * something; the checker module validates its real output against the same file.
 */
class SchemaTest {

    static Schema schema() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream(ResultJson.SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static List<Error> errors(String json) throws IOException {
        return schema().validate(json, InputFormat.JSON);
    }

    @Test
    void aResultValidates() throws IOException {
        assertEquals(List.of(), errors(Format.JSON.render(Fixtures.predictedWithEngines())));
        assertEquals(List.of(), errors(Format.JSON.render(Fixtures.check(Fixtures.race()))));
    }

    @Test
    void anAgreementValidates() throws IOException {
        Agreement a = Fixtures.predictedWithEngines().agreement();
        assertEquals(List.of(), errors(AgreementJson.write(a)));
    }

    @Test
    void theSchemaRejectsWhatTheReaderWouldReject() throws IOException {
        String good = Format.JSON.render(Fixtures.check(Fixtures.race()));
        assertFalse(errors(good.replace("\"status\" : \"VIOLATED\"", "\"status\" : \"BROKEN\"")).isEmpty());
        assertFalse(errors(good.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")).isEmpty());
        assertFalse(errors(good.replace("\"enabledBy\" : 4", "\"enabledBy\" : -1")).isEmpty());
        assertFalse(errors(good.replace("\"breaks\" :", "\"broke\" :")).isEmpty());
    }
}
