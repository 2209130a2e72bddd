// verify failed on the check, and the log names the cycle, its two sites and the threads.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Lock-order cycles (1):')
assert log.contains('[fail] lock-order cycle [high, deadlock]: Object@Accounts.java:')
assert log.contains('thread teller-1 holds Accounts.java:10 and takes Accounts.java:11')
assert log.contains('thread teller-2 holds Accounts.java:18 and takes Accounts.java:19')
assert log.contains('Lockwatch check FAILED: 1 lock-order cycle found, 0 allowed')
assert log.contains('BUILD FAILURE')
return true
