package io.lockwatch.compat.lucene;

import io.lockwatch.compat.drivers.Workers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * 4 threads add, update and delete documents in one {@link IndexWriter} on disk (small RAM buffer,
 * so it flushes and merges concurrently) while a fifth refreshes a near-real-time {@link
 * SearcherManager}; then the committed index is searched from 4 threads through an {@link
 * IndexSearcher} with an executor. Every count printed follows from the documents alone.
 */
public final class LuceneDriver {
  private static final int WRITERS = 4;
  private static final int DOCS = 3_000;
  private static final String[] WORDS = {
    "lock", "order", "race", "field", "monitor", "thread", "queue", "latch", "barrier", "future",
    "lucene", "index", "segment", "merge", "flush", "commit", "reader", "writer", "term", "doc"
  };

  private LuceneDriver() {}

  /** Indexes, searches, prints the counts. */
  public static void main(String[] args) throws Exception {
    Path indexDir = Workers.outputDir(args).resolve("lucene-index");
    deleteIndex(indexDir);
    ExecutorService searchPool = Executors.newFixedThreadPool(4);
    try (Directory directory = FSDirectory.open(indexDir)) {
      index(directory);
      search(directory, searchPool);
    } finally {
      searchPool.shutdown();
      searchPool.awaitTermination(10, TimeUnit.SECONDS);
    }
    System.out.println("LuceneDriver: ok");
  }

  private static void index(Directory directory) throws Exception {
    IndexWriterConfig config =
        new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(1).setMaxBufferedDocs(200);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      SearcherManager nrt = new SearcherManager(writer, null);
      // A flag, not an interrupt: an interrupt closes the NIO channels Lucene is reading.
      AtomicBoolean indexing = new AtomicBoolean(true);
      Thread refresher =
          new Thread(
              () -> {
                while (indexing.get()) {
                  try {
                    nrt.maybeRefresh();
                    IndexSearcher searcher = nrt.acquire();
                    try {
                      searcher.count(new TermQuery(new Term("body", "lock")));
                    } finally {
                      nrt.release(searcher);
                    }
                    Thread.sleep(5);
                  } catch (Exception e) {
                    Workers.fail("near-real-time refresh failed", e);
                  }
                }
              },
              "lucene-nrt");
      refresher.start();
      Workers.run(
          "lucene-writer",
          WRITERS,
          worker -> {
            Random random = new Random(worker);
            for (int i = 0; i < DOCS; i++) {
              writer.addDocument(document(worker, i, random));
              if (i % 10 == 9) {
                // Replace the document added 5 earlier with one that has a marker word.
                int replaced = i - 5;
                Document update = document(worker, replaced, new Random(replaced));
                update.add(new TextField("body", "updated", Field.Store.NO));
                writer.updateDocument(new Term("id", id(worker, replaced)), update);
              }
              if (i % 100 == 99) {
                writer.deleteDocuments(new Term("id", id(worker, i - 50)));
              }
            }
          });
      indexing.set(false);
      refresher.join();
      nrt.close();
      writer.commit();
    }
  }

  private static void search(Directory directory, ExecutorService pool) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader, pool);
      long[] totals = new long[WRITERS];
      Workers.run(
          "lucene-searcher",
          WRITERS,
          worker -> {
            long sum = 0;
            for (int round = 0; round < 20; round++) {
              for (String word : WORDS) {
                sum += searcher.count(new TermQuery(new Term("body", word)));
              }
              sum += searcher.count(IntPoint.newRangeQuery("n", 100 * round, 100 * round + 999));
              Query both =
                  new BooleanQuery.Builder()
                      .add(new TermQuery(new Term("body", "race")), BooleanClause.Occur.MUST)
                      .add(new TermQuery(new Term("body", "updated")), BooleanClause.Occur.MUST)
                      .build();
              sum += searcher.search(both, 10).totalHits.value;
            }
            totals[worker] = sum;
          });
      for (long total : totals) {
        Workers.check(total == totals[0], "every searcher counts the same: " + total);
      }
      int updated = searcher.count(new TermQuery(new Term("body", "updated")));
      System.out.printf(
          "LuceneDriver: docs=%d updated=%d hitsPerSearcher=%d%n",
          reader.numDocs(), updated, totals[0]);
    }
  }

  private static Document document(int worker, int i, Random random) {
    Document doc = new Document();
    doc.add(new StringField("id", id(worker, i), Field.Store.YES));
    StringBuilder body = new StringBuilder();
    for (int w = 0; w < 12; w++) {
      body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    doc.add(new TextField("body", body.toString(), Field.Store.NO));
    int n = worker * DOCS + i;
    doc.add(new IntPoint("n", n));
    doc.add(new StoredField("n", n));
    return doc;
  }

  private static String id(int worker, int i) {
    return worker + "-" + i;
  }

  private static void deleteIndex(Path dir) throws Exception {
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
    }
  }
}
