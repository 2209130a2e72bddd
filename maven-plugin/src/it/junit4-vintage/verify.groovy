// The Vintage engine ran the JUnit 4 tests; the cycle names its two tests, the hazard its one.
// failOn=cycles (the pom's XML): the hazard is listed but not checked, only the cycle fails.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0')
assert log.contains('[fail] lock-order cycle [medium, deadlock]: Object@Vault.java:')
assert log.contains('tests: com.example.VaultTest#doorFirst, com.example.VaultTest#safeFirst')
assert log.contains('[not checked] wait hazard [medium]: Object.wait at Vault.java:')
assert log.contains('tests: com.example.VaultTest#alarmWait')
assert log.contains('Lockwatch check FAILED: 1 lock-order cycle found, 0 allowed: see ')
assert !log.contains('wait hazard found')
assert log.contains('BUILD FAILURE')
return true
