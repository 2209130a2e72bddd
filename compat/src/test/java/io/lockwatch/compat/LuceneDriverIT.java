package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lucene: 4 threads indexing into one IndexWriter, then concurrent searches, plainly and under the agent in every races mode. */
class LuceneDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("lucene", "io.lockwatch.compat.lucene.LuceneDriver");

  @Test
  void lucene_indexes_and_searches_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("org.apache.lucene."))
        .as("the report has sites in org.apache.lucene.* (the library's own locks were seen)")
        .isTrue();
  }
}
