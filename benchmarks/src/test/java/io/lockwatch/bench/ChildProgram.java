package io.lockwatch.bench;

/**
 * A child for the tests of the children: does what its arguments say, in order: {@code say=<line>}
 * prints a line on stdout, {@code err=<line>} on stderr, {@code dir} prints its working directory,
 * {@code sleep=<ms>} sleeps, {@code exit=<n>} exits with that code.
 */
public final class ChildProgram {
  private ChildProgram() {}

  public static void main(String[] args) throws InterruptedException {
    for (String arg : args) {
      if (arg.startsWith("say=")) {
        System.out.println(arg.substring(4));
      } else if (arg.startsWith("err=")) {
        System.err.println(arg.substring(4));
      } else if (arg.equals("dir")) {
        System.out.println("dir " + System.getProperty("user.dir"));
      } else if (arg.startsWith("sleep=")) {
        Thread.sleep(Long.parseLong(arg.substring(6)));
      } else if (arg.startsWith("exit=")) {
        System.exit(Integer.parseInt(arg.substring(5)));
      }
    }
  }
}
