package io.lockwatch.samples.it;

import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.testkit.expect.ValidationTests;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Every catalogued sample, run under the real agent jar with its catalogue options, against the
 * {@code // @expect:} statements of its source: one container per sample, one test per check (how
 * the JVM ended, each finding, each site on its line, each summary bound and option, that nothing
 * else was found). {@code ./run-samples.sh} prints its verdicts from the same checks.
 */
class SampleValidationIT {

  @TestFactory
  Stream<DynamicContainer> every_sample_reports_what_its_source_expects() {
    SampleRuns.prefetchAll();
    return Arrays.stream(SampleCatalog.values())
        .map(
            sample ->
                ValidationTests.of(
                    sample.sampleName(),
                    sample.expected(),
                    () -> SampleRuns.of(sample),
                    SampleRuns::named));
  }
}
