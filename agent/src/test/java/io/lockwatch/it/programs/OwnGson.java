package io.lockwatch.it.programs;

import com.google.gson.Gson;
import java.util.Map;
import java.util.TreeMap;

/**
 * An application that brings its own Gson: prints where its {@code Gson} class came from and a map
 * serialised with it.
 */
public final class OwnGson {
  private OwnGson() {}

  public static void main(String[] args) {
    Map<String, Integer> counts = new TreeMap<>(Map.of("locks", 2, "threads", 3));
    System.out.println(
        "gson from " + Gson.class.getProtectionDomain().getCodeSource().getLocation());
    System.out.println(
        "gson loader " + (Gson.class.getClassLoader() == ClassLoader.getSystemClassLoader()));
    System.out.println("json " + new Gson().toJson(counts));
  }
}
