/**
 * A model's configurations, each written as on the command line ({@code --rms 5}; {@code -} for the
 * model's defaults), and what {@code matrix} and {@code bench} make of several: {@link
 * dev.sledcheck.configs.Configured} parses one into the subject its provider builds, {@link
 * dev.sledcheck.configs.ModelPredictions} reads the verdicts a provider ships, {@link
 * dev.sledcheck.configs.ModelMatrix} sets them beside what is found, {@link
 * dev.sledcheck.configs.ModelBench} times each configuration under each reduction setting. Nothing
 * here knows a model: the words come from the provider.
 */
package dev.sledcheck.configs;
