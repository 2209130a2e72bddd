package io.lockwatch.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifLocationsTest {
  private static Site frame(String className, String method, int line) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return new Site(className, method, simple + ".java", line, null, null);
  }

  @Test
  void test_framework_and_reflection_frames_fold_into_one_frame_per_run() {
    List<Site> stack =
        List.of(
            frame("com.example.Accounts", "toSavings", 11),
            frame("com.example.TransferTest", "transfers_both_ways", 12),
            frame("jdk.internal.reflect.DirectMethodHandleAccessor", "invoke", 103),
            frame("java.lang.reflect.Method", "invoke", 580),
            frame("org.junit.platform.commons.util.ReflectionUtils", "invokeMethod", 767),
            frame("org.junit.jupiter.engine.execution.MethodInvocation", "proceed", 60),
            frame("org.apache.maven.surefire.booter.ForkedBooter", "main", 495),
            frame("java.lang.Thread", "run", 840));

    JsonObject step =
        new SarifLocations(site -> null).step(stack.get(0), "takes", stack, "acquire", 1);

    List<String> texts = new ArrayList<>();
    JsonArray frames = step.getAsJsonObject("stack").getAsJsonArray("frames");
    frames.forEach(
        f ->
            texts.add(
                f.getAsJsonObject()
                    .getAsJsonObject("location")
                    .getAsJsonObject("message")
                    .get("text")
                    .getAsString()));
    assertThat(texts)
        .containsExactly(
            "com.example.Accounts.toSavings(Accounts.java:11)",
            "com.example.TransferTest.transfers_both_ways(TransferTest.java:12)",
            "5 frames of test frameworks and reflection",
            "java.lang.Thread.run(Thread.java:840)");
  }
}
