/** Reading and writing reports as JSON, with Gson. */
package io.lockwatch.report.json;
