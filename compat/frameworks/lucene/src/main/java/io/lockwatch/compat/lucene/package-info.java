/**
 * Apache Lucene: several threads indexing into one IndexWriter (its per-thread writers, flush
 * control and concurrent merges), then searches on a shared IndexSearcher over an executor.
 */
package io.lockwatch.compat.lucene;
