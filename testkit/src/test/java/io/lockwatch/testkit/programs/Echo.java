package io.lockwatch.testkit.programs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Prints its arguments, the variable {@code ECHO}, its working directory, and the first line of
 * stdin when the first argument is {@code read}; sleeps when it is {@code sleep}; pauses {@code
 * <ms>} after its output when given {@code pause=<ms>}; exits with the code given as {@code
 * exit=<n>}.
 */
public final class Echo {
  private Echo() {}

  public static void main(String[] args) throws Exception {
    System.out.println("args " + String.join(" ", args));
    System.out.println("env " + System.getenv("ECHO"));
    System.out.println("dir " + System.getProperty("user.dir"));
    System.err.println("to stderr");
    if (args.length > 0 && args[0].equals("read")) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      System.out.println("read " + in.readLine());
    }
    if (args.length > 0 && args[0].equals("sleep")) {
      Thread.sleep(60_000);
    }
    for (String arg : args) {
      if (arg.startsWith("pause=")) {
        Thread.sleep(Long.parseLong(arg.substring(6)));
      }
      if (arg.startsWith("exit=")) {
        System.exit(Integer.parseInt(arg.substring(5)));
      }
    }
  }
}
