package io.lockwatch.compat.drivers;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Jackson databind: one {@link ObjectMapper} shared by several threads that serialize and
 * deserialize beans, records, maps and trees, so its serializer and deserializer caches fill up
 * concurrently. Every round trip is checked; the output is a checksum of the JSON text, which
 * depends only on the data.
 */
public final class JacksonDriver {
  private static final int THREADS = 4;
  private static final int ROUNDS = 400;

  /** A mutable bean, with getters and setters. */
  public static final class Order {
    private long id;
    private String customer;
    private Status status;
    private List<Line> lines = new ArrayList<>();
    private Map<String, String> tags = new LinkedHashMap<>();

    public long getId() {
      return id;
    }

    public void setId(long id) {
      this.id = id;
    }

    public String getCustomer() {
      return customer;
    }

    public void setCustomer(String customer) {
      this.customer = customer;
    }

    public Status getStatus() {
      return status;
    }

    public void setStatus(Status status) {
      this.status = status;
    }

    public List<Line> getLines() {
      return lines;
    }

    public void setLines(List<Line> lines) {
      this.lines = lines;
    }

    public Map<String, String> getTags() {
      return tags;
    }

    public void setTags(Map<String, String> tags) {
      this.tags = tags;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Order o
          && id == o.id
          && Objects.equals(customer, o.customer)
          && status == o.status
          && lines.equals(o.lines)
          && tags.equals(o.tags);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, customer, status, lines, tags);
    }
  }

  /** An immutable record. */
  public record Line(
      @JsonProperty("sku") String sku, @JsonProperty("qty") int quantity, long cents) {}

  public enum Status {
    NEW,
    PAID,
    SHIPPED
  }

  private JacksonDriver() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectWriter writer = mapper.writerFor(Order.class);
    ObjectReader reader = mapper.readerFor(Order.class);
    long[] checksums = new long[THREADS];
    long[] treeTotals = new long[THREADS];
    Workers.run(
        "jackson",
        THREADS,
        worker -> {
          long checksum = 0;
          long treeTotal = 0;
          for (int i = 0; i < ROUNDS; i++) {
            Order order = order(worker * 100_000L + i);
            String json =
                i % 2 == 0 ? mapper.writeValueAsString(order) : writer.writeValueAsString(order);
            Order back = i % 3 == 0 ? mapper.readValue(json, Order.class) : reader.readValue(json);
            Workers.check(order.equals(back), "round trip of order " + order.getId());
            checksum = checksum * 31 + json.hashCode();
            JsonNode tree = mapper.readTree(json);
            for (JsonNode line : tree.get("lines")) {
              treeTotal += line.get("cents").asLong() * line.get("qty").asInt();
            }
            Map<?, ?> asMap = mapper.convertValue(order, Map.class);
            Workers.check(asMap.get("customer").equals(order.getCustomer()), "convertValue");
          }
          checksums[worker] = checksum;
          treeTotals[worker] = treeTotal;
        });
    long checksum = 0;
    long treeTotal = 0;
    for (int i = 0; i < THREADS; i++) {
      checksum = checksum * 17 + checksums[i];
      treeTotal += treeTotals[i];
    }
    System.out.printf(
        "JacksonDriver: roundTrips=%d checksum=%d totalCents=%d%n",
        THREADS * ROUNDS, checksum, treeTotal);
    System.out.println("JacksonDriver: ok");
  }

  private static Order order(long id) {
    Order order = new Order();
    order.setId(id);
    order.setCustomer("customer-" + (id % 97));
    order.setStatus(Status.values()[(int) (id % 3)]);
    for (int k = 0; k < 1 + id % 4; k++) {
      order.getLines().add(new Line("sku-" + (id + k) % 13, (int) (1 + k), 99 + (id * k) % 1000));
    }
    order.getTags().put("region", id % 2 == 0 ? "north" : "south");
    order.getTags().put("priority", Long.toString(id % 5));
    return order;
  }
}
