// The Vintage engine ran the JUnit 4 tests, and the finding names both of them.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0')
assert log.contains('[fail] lock-order cycle [medium, deadlock]: Object@Vault.java:')
assert log.contains('tests: com.example.VaultTest#doorFirst, com.example.VaultTest#safeFirst')
assert log.contains('Lockwatch check FAILED: 1 lock-order cycle found, 0 allowed')
return true
