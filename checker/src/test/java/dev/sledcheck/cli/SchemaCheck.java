package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.sledcheck.reports.json.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON the CLI wrote against the schema file the reports module ships. */
final class SchemaCheck {
    private SchemaCheck() {}

    private static Schema schema;

    static synchronized Schema schema() {
        if (schema == null) {
            try (InputStream in = ResultJson.class.getResourceAsStream(ResultJson.SCHEMA)) {
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    static void assertValid(String json) {
        List<Error> errors = schema().validate(json, InputFormat.JSON);
        assertEquals(List.of(), errors.stream().limit(5).map(Error::toString).toList());
    }
}
