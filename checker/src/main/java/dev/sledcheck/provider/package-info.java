/**
 * How a model meets the command line: a {@link dev.sledcheck.provider.ModelProvider} names a
 * model, declares its options (picocli {@code @Option} fields, as the CLI's own) and builds the
 * {@link dev.sledcheck.provider.Subject} those options ask for. Providers are found with {@link
 * java.util.ServiceLoader} ({@link dev.sledcheck.provider.Providers}), so a user's jar on the class
 * path adds its models to every command; omicron's model is one provider, and the default.
 */
package dev.sledcheck.provider;
