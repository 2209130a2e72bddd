/**
 * The published JSON Schema of the report ({@code lockwatch-report.schema.json}) and a validator
 * for tests of any module. Validation needs {@code com.networknt:json-schema-validator} on the
 * class path (an optional dependency of this module: add it in test scope).
 */
package io.lockwatch.report.schema;
