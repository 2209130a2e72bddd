package io.lockwatch.compat.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counts hits per key and echoes JSON bodies; one singleton shared by all of Tomcat's worker
 * threads, its state in concurrent structures as a Spring controller should keep it.
 */
@RestController
public class HitController {
  private final Map<String, AtomicLong> hits = new ConcurrentHashMap<>();
  private final AtomicLong echoes = new AtomicLong();

  /** Counts one hit of {@code key} and returns the new count. */
  @GetMapping("/hit/{key}")
  public String hit(@PathVariable("key") String key) {
    return key + "=" + hits.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
  }

  /** Returns the body with a count of its words added (Jackson reads and writes it). */
  @PostMapping("/echo")
  public Map<String, Object> echo(@RequestBody Map<String, Object> body) {
    echoes.incrementAndGet();
    Map<String, Object> reply = new LinkedHashMap<>(body);
    Object words = body.get("words");
    reply.put("wordCount", words instanceof java.util.List<?> list ? list.size() : 0);
    return reply;
  }

  /** All hits, distinct keys and echoes so far. */
  @GetMapping("/totals")
  public String totals() {
    long total = hits.values().stream().mapToLong(AtomicLong::get).sum();
    return "hits=" + total + " keys=" + hits.size() + " echoes=" + echoes.get();
  }
}
