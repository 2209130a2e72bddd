// verify failed on the check; the log names each cycle, its sites, its threads and its tests.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Lock-order cycles (3):')
// two threads of one test: a deadlock between real threads, named by the test that started them
assert log.contains('[fail] lock-order cycle [high, deadlock]: Object@Accounts.java:')
assert log.contains('thread teller-1 holds Accounts.java:10 and takes Accounts.java:11')
assert log.contains('thread teller-2 holds Accounts.java:18 and takes Accounts.java:19')
assert log.contains('tests: com.example.TransferTest#transfers_both_ways')
// two tasks of a pool whose workers started outside every test: the tasks run the test that
// submitted them, a parameterised invocation named by its display name
def pool = log =~ /\[fail\] lock-order cycle \[high, deadlock\]: Object@Exchange\.java:.*\n.*thread broker-\d holds Exchange\.java:\d+ and takes Exchange\.java:\d+; thread broker-\d holds .*\n\[ERROR\] +tests: (.*)\n/
assert pool.find() : 'the cycle of the pool tasks, its two workers and its tests'
assert pool.group(1) == 'com.example.PoolTest#trades_both_ways_in_pool_tasks [1] 1'
// two tests on the one test thread: predicted, one severity lower, named by both tests
assert log.contains('[fail] lock-order cycle [medium, deadlock]: Object@Ledger.java:')
assert log.contains('tests: com.example.OppositeOrdersTest#credit_then_debit, com.example.OppositeOrdersTest#debit_then_credit')
// both orders inside one test on one thread: no finding
assert !log.contains('Journal.java')
// a race between threads of two tests names both, the earlier access's test first
assert log.contains('[fail] unguarded field [high, observed race]: com.example.Tally.count')
assert log.contains('tests: com.example.TallyTest#bumps_in_the_background, com.example.TallyTest#bumps_and_waits')
assert log.contains('Lockwatch check FAILED: 3 lock-order cycles found, 0 allowed; 1 unguarded field found, 0 allowed')
assert log.contains('BUILD FAILURE')

// the report goal ran before the check failed: the page names the tests and shows the project's
// own source lines at each site, the SARIF log carries the tests of each result
def site = new File(basedir, 'target/site/lockwatch')
def html = new File(site, 'index.html').text
assert html.contains('com.example.TransferTest#transfers_both_ways')
assert html.contains('com.example.PoolTest#trades_both_ways_in_pool_tasks [1] 1')
assert html.contains('<figure class="src"><figcaption>com/example/Accounts.java:18</figcaption>')
assert html.contains('synchronized (<b>savings</b>) {') : 'Accounts.java:18 from src/main/java, its lock emphasised'
def sarif = new groovy.json.JsonSlurper().parse(new File(site, 'lockwatch.sarif'))
def uris = sarif.runs[0].results*.locations.flatten()*.physicalLocation*.artifactLocation*.uri
assert uris.contains('src/main/java/com/example/Accounts.java') : 'SARIF paths relative to the project'
def tests = sarif.runs[0].results.collect { it['properties']?.tests }
assert tests.size() == 4
assert tests.contains(['com.example.TransferTest#transfers_both_ways'])
assert tests.contains(['com.example.PoolTest#trades_both_ways_in_pool_tasks [1] 1'])
assert tests.contains(['com.example.OppositeOrdersTest#credit_then_debit', 'com.example.OppositeOrdersTest#debit_then_credit'])
assert tests.contains(['com.example.TallyTest#bumps_in_the_background', 'com.example.TallyTest#bumps_and_waits'])
return true
