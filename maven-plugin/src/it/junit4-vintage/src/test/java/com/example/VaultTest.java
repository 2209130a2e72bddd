package com.example;

import org.junit.Test;

public class VaultTest {
  private static final Vault VAULT = new Vault();

  @Test
  public void doorFirst() {
    VAULT.doorThenSafe();
  }

  @Test
  public void alarmWait() throws Exception {
    VAULT.waitAtTheDoor();
  }

  @Test
  public void safeFirst() {
    VAULT.safeThenDoor();
  }
}
