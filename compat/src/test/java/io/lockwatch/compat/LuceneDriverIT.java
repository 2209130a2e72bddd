package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.Incomplete;
import io.lockwatch.testkit.AgentJvmResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lucene: 4 threads indexing into one IndexWriter, then concurrent searches, plainly and under the
 * agent in every races mode.
 */
@Tag(CompatCheck.FULL_SUITE)
class LuceneDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("lucene", "io.lockwatch.compat.lucene.LuceneDriver");

  @Test
  void lucene_indexes_and_searches_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "org.apache.lucene.");
  }

  /**
   * Lucene's IndexWriter monitor is taken from dozens of places while other locks are held: every
   * way of taking each pair of its lock objects is kept, so the lock-order analysis is complete (16
   * ways a pair left every run incomplete). Only races=predict's own fixed bound may show.
   */
  @Test
  void every_lock_order_fact_of_lucene_is_kept_and_the_analysis_is_complete() {
    for (AgentJvmResult run : CompatCheck.runsOf(DRIVER).agentRuns()) {
      assertThat(run.report().summary().incomplete())
          .as("summary.incomplete of %s", run.reportFile())
          .extracting(Incomplete::budget)
          .doesNotContain("maxEdges", "edgeVariants", "maxSearchSteps", "maxCycles");
      assertThat(run.report().summary().edges()).as("edges of %s", run.reportFile()).isPositive();
    }
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "LU-10, org.apache.lucene.codecs.BlockTermState.blockFilePointer",
    "LU-11, org.apache.lucene.codecs.BlockTermState.docFreq",
    "LU-12, org.apache.lucene.codecs.BlockTermState.termBlockOrd",
    "LU-13, org.apache.lucene.codecs.BlockTermState.totalTermFreq",
    "LU-14,"
        + " org.apache.lucene.codecs.lucene912.Lucene912PostingsFormat$IntBlockTermState.docStartFP",
    "LU-15,"
        + " org.apache.lucene.codecs.lucene912.Lucene912PostingsFormat$IntBlockTermState.lastPosBlockOffset",
    "LU-16,"
        + " org.apache.lucene.codecs.lucene912.Lucene912PostingsFormat$IntBlockTermState.payStartFP",
    "LU-17,"
        + " org.apache.lucene.codecs.lucene912.Lucene912PostingsFormat$IntBlockTermState.posStartFP",
    "LU-18,"
        + " org.apache.lucene.codecs.lucene912.Lucene912PostingsFormat$IntBlockTermState.singletonDocID",
    "LU-21, org.apache.lucene.index.OrdTermState.ord",
    "LU-24, org.apache.lucene.search.ScoreDoc.doc",
    "LU-25, org.apache.lucene.search.ScoreDoc.score",
    "LU-26, org.apache.lucene.search.TopDocsCollector.totalHits",
    "LU-27, org.apache.lucene.search.TotalHitCountCollector.totalHits",
    "LU-28, org.apache.lucene.store.ByteBufferGuard.invalidated",
    "LU-30, org.apache.lucene.util.PriorityQueue.size",
    "LU-31,"
        + " org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsWriter.endOffsets",
    "LU-32,"
        + " org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsWriter.numBufferedDocs",
    "LU-33,"
        + " org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsWriter.numStoredFields",
    "LU-34, org.apache.lucene.index.DocsWithFieldSet.cardinality",
    "LU-35, org.apache.lucene.index.DocumentsWriterDeleteQueue$DeleteSlice.sliceHead",
    "LU-36, org.apache.lucene.index.DocumentsWriterDeleteQueue$DeleteSlice.sliceTail",
    "LU-38, org.apache.lucene.index.DocumentsWriterPerThread.numDocsInRAM",
    "LU-40, org.apache.lucene.index.IndexingChain$PerField.pointValuesWriter",
    "LU-41, org.apache.lucene.index.PointValuesWriter.docIDs",
    "LU-42, org.apache.lucene.index.PointValuesWriter.numPoints",
    "LU-43, org.apache.lucene.index.StoredFieldsConsumer.lastDoc",
    "LU-44, org.apache.lucene.index.TermsHashPerField.postingsArray",
    "LU-45, org.apache.lucene.internal.hppc.IntObjectHashMap.hasEmptyKey",
    "LU-46, org.apache.lucene.store.ByteBufferIndexInput.buffers",
    "LU-47, org.apache.lucene.store.ByteBufferIndexInput.curBuf",
    "LU-48, org.apache.lucene.store.ByteBuffersDataOutput.currentBlock",
    "LU-49, org.apache.lucene.store.ByteBuffersDataOutput.ramBytesUsed",
    "LU-50, org.apache.lucene.util.BytesRefHash.bytesStart",
    "LU-51, org.apache.lucene.util.BytesRefHash.count",
    "LU-52, org.apache.lucene.util.BytesRefHash.ids",
    "LU-53, org.apache.lucene.util.PagedBytes.blocks",
    "LU-54, org.apache.lucene.util.PagedBytes.currentBlock",
    "LU-55, org.apache.lucene.util.PagedBytes.numBlocks",
    "LU-56, org.apache.lucene.util.packed.PackedLongValues$Builder.pending",
    "LU-57, org.apache.lucene.util.packed.PackedLongValues$Builder.pendingOff",
    "LU-58, org.apache.lucene.util.packed.PackedLongValues$Builder.ramBytesUsed",
    "LU-59, org.apache.lucene.util.packed.PackedLongValues$Builder.size",
    "LU-62, org.apache.lucene.index.DocumentsWriterFlushQueue$FlushTicket.segment",
    "LU-63, org.apache.lucene.index.SegmentCommitInfo.bufferedDeletesGen",
    "LU-64, org.apache.lucene.index.SegmentCommitInfo.delGen",
    "LU-65, org.apache.lucene.index.SegmentCommitInfo.id",
    "LU-66, org.apache.lucene.store.MemorySegmentIndexInput.curSegment"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }

  /**
   * TRIAGE.md LU-1 to LU-9: every cycle closed through newWriter's lock of a writer it has just
   * created and not yet registered, which no other thread can hold (root cause R7, fixed: the first
   * acquisition of a lock by its creator adds no edge into it, and such cycles are counted as ruled
   * out by {@code firstAcquisition}).
   */
  @Test
  void no_cycle_closes_through_the_first_lock_of_a_new_writer() {
    AbsentFindings.of(DRIVER, "LU-1..LU-9")
        .ruledOutBy("firstAcquisition")
        .noCycleWithEdgeHeldIn("org.apache.lucene.index.DocumentsWriterPerThreadPool.newWriter");
  }
}
