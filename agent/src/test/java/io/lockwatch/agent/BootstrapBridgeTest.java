package io.lockwatch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BootstrapBridgeTest {

  @Test
  void lists_every_class_of_the_bridge_package() throws IOException, URISyntaxException {
    Path classes =
        Paths.get(io.lockwatch.bridge.Hooks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path bridge = classes.resolve("io/lockwatch/bridge");
    List<String> compiled;
    try (Stream<Path> files = Files.list(bridge)) {
      compiled =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
              .map(n -> "io.lockwatch.bridge." + n.substring(0, n.length() - ".class".length()))
              .collect(Collectors.toList());
    }
    assertThat(BootstrapBridge.CLASSES).containsExactlyInAnyOrderElementsOf(compiled);
  }
}
