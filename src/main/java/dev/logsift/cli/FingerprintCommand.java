package dev.logsift.cli;

import dev.logsift.core.JsonStreams;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.fingerprint.LearningFingerprinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * `fingerprint`: one output line per input line, in order. With learning (the default) lines are
 * read in blocks: a block ends at {@link #BLOCK_LINES} lines (or {@link #BLOCK_CHARS} characters of templates), at
 * the end of input, or when no input
 * has arrived for {@link #IDLE_MILLIS} ms. The whole block is learned before any of it is printed,
 * so every line of the block gets its group's final id; what was learned carries over to the next
 * block, where earlier groups keep their ids (aliases). A file piped in whole is one block up to
 * that size; an interactive stream is answered within the idle time.
 */
final class FingerprintCommand {
  static final int BLOCK_LINES = 100_000;
  /** A block of long templates ends sooner: 100,000 templates of 2,000 characters would not fit a small heap. */
  static final int BLOCK_CHARS = 1 << 25;
  static final long IDLE_MILLIS = 1_000;
  static final int CHUNK = 1024;
  static final int CHUNK_CHARS = 1 << 20;
  private static final JsonFactory JSON = JsonStreams.FACTORY;
  private static final String END = new String("end of input");

  private record Row(String service, Fingerprint stateless, String error) {}

  private FingerprintCommand() {}

  @SuppressWarnings("unchecked")
  static int run(boolean jsonl, boolean learn, LearningFingerprinter f, InputStream in, OutputStream out)
      throws IOException {
    Utf8Out w = new Utf8Out(out);
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
    // the reader thread reads chunks of lines, workers compute their stateless fingerprints
    // (thread-safe) while the main thread learns and writes, in input order. A core is left to the
    // main thread, the reader and the JIT: one worker per core was slower on two cores (bin/bench-cli).
    int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
    ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon().name("fingerprint-", 0)
        .factory());
    Thread reader = new Thread(() -> read(in, queue, jsonl, f, pool), "fingerprint-reader");
    reader.setDaemon(true);
    reader.start();
    List<Row> block = new ArrayList<>();
    long blockChars = 0;
    boolean done = false;
    while (!done) {
      Object item;
      try {
        item = block.isEmpty() ? queue.take() : queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      if (item == END) {
        done = true;
      } else if (item instanceof Throwable e) {
        // the lines answered so far are written before the failure ends the run (the reader ran out of
        // memory, or the input broke)
        write(block, jsonl, learn, f, w);
        w.flush();
        if (e instanceof Error error) {
          throw error;
        }
        throw e instanceof IOException io ? io : new IOException("input failed", e);
      } else if (item != null) {
        List<Row> rows;
        try {
          rows = ((CompletableFuture<List<Row>>) item).join();
        } catch (java.util.concurrent.CompletionException e) {
          write(block, jsonl, learn, f, w);
          w.flush();
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
        for (Row r : rows) {
          if (learn && r.stateless != null) {
            try {
              f.learn(r.service, r.stateless);
            } catch (StackOverflowError | RuntimeException e) {
              // learning is an improvement: the line keeps its stateless fingerprint (resolve falls back too)
            }
          }
          block.add(r);
          blockChars += r.stateless == null ? 0 : r.stateless.template().length();
        }
      }
      if (done || item == null || block.size() >= BLOCK_LINES || blockChars >= BLOCK_CHARS) {
        write(block, jsonl, learn, f, w);
        block.clear();
        blockChars = 0;
      }
    }
    w.flush();
    pool.shutdownNow();
    return 0;
  }

  private static void read(InputStream in, BlockingQueue<Object> queue, boolean jsonl, LearningFingerprinter f,
      ExecutorService pool) {
    try {
      // lines travel in chunks: a hand-over per line would cost more than fingerprinting it
      Lines lines = new Lines(in);
      List<String> chunk = new ArrayList<>(CHUNK);
      long chars = 0;
      for (String line = lines.next(); line != null; line = lines.next()) {
        chunk.add(line);
        chars += line.length();
        // a chunk ends at CHUNK lines or CHUNK_CHARS characters: 64 chunks of 1 MB lines in flight would not fit
        if (chunk.size() >= CHUNK || chars >= CHUNK_CHARS || !lines.ready()) {
          queue.put(rows(chunk, jsonl, f, pool));
          chunk = new ArrayList<>(CHUNK);
          chars = 0;
        }
      }
      if (!chunk.isEmpty()) {
        queue.put(rows(chunk, jsonl, f, pool));
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      // the main thread must hear of it, or it waits for the end of input for ever (an OutOfMemoryError here
      // once hung the run)
      try {
        queue.put(e);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static CompletableFuture<List<Row>> rows(List<String> chunk, boolean jsonl, LearningFingerprinter f,
      ExecutorService pool) {
    return CompletableFuture.supplyAsync(() -> {
      List<Row> rows = new ArrayList<>(chunk.size());
      for (String line : chunk) {
        rows.add(row(line, jsonl, f));
      }
      return rows;
    }, pool);
  }

  private static Row row(String line, boolean jsonl, LearningFingerprinter f) {
    String service = "";
    String message = line;
    if (jsonl) {
      try {
        String[] parsed = parse(line);
        message = parsed[0];
        service = parsed[1] == null ? "" : parsed[1];
      } catch (IllegalArgumentException e) {
        return new Row(null, null, e.getMessage());
      }
    }
    try {
      return new Row(service, f.stateless(message), null);
    } catch (StackOverflowError | RuntimeException e) {
      // one hostile line must not end the stream (nor lose the lines after it); its text is never echoed
      return new Row(null, null, "unprocessable line (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void write(List<Row> block, boolean jsonl, boolean learn, LearningFingerprinter f, Utf8Out w)
      throws IOException {
    for (Row r : block) {
      if (r.error != null) {
        w.write(jsonl ? json(g -> g.writeStringField("error", r.error)) : LineCommand.UNPROCESSABLE);
      } else {
        Fingerprint template = learn ? resolved(f, r) : r.stateless;
        // a line's service makes the id its service's: one template in two services is two errors. The template's
        // own id (the one the Lambda's cards go by, naming a second log group as a spread) is given beside it
        Fingerprint fp = template.inService(r.service);
        if (jsonl) {
          w.write(json(g -> {
            g.writeStringField("fingerprint", fp.id());
            g.writeStringField("template", fp.template());
            if (!r.service.isEmpty()) {
              g.writeStringField("template_fingerprint", template.id());
            }
          }));
        } else {
          w.write(fp.id());
          w.write('\t');
          w.write(LineCommand.oneLine(fp.template()));
        }
      }
      w.write('\n');
    }
    w.flush();
  }

  /** The learned fingerprint, or the stateless one when learning fails on this line: it never costs the stream. */
  private static Fingerprint resolved(LearningFingerprinter f, Row r) {
    try {
      return f.resolve(r.service, r.stateless);
    } catch (StackOverflowError | RuntimeException e) {
      return r.stateless;
    }
  }

  private static String json(LineCommand.JsonResult r) throws IOException {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(sw)) {
      g.writeStartObject();
      r.write(g);
      g.writeEndObject();
    }
    return sw.toString();
  }

  /** The string fields "message" (required) and "service" (optional) of a JSON object line. */
  static String[] parse(String line) {
    String message = LineCommand.message(line); // validates, and names the problem if there is one
    String service = null;
    try (JsonParser p = JSON.createParser(line)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if ("service".equals(name) && t == JsonToken.VALUE_STRING && service == null) {
          service = p.getText();
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("invalid JSON");
    }
    return new String[] {message, service};
  }
}
