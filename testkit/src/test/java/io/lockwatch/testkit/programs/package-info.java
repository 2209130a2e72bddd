/** Programs the test kit's own tests launch in child JVMs. */
package io.lockwatch.testkit.programs;
