// The first build wrote the fingerprints of the three cycles and the race, the second accepted them.
def baseline = new File(basedir, 'lockwatch-baseline.json')
assert baseline.isFile() : 'the baseline goal wrote lockwatch-baseline.json'
assert baseline.text.contains('"fingerprint": "cycle:')
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Lockwatch check FAILED: 3 lock-order cycles found') : 'build 1 warns'
assert log.contains('Wrote 4 fingerprints of ')
assert log.contains('[baseline] unguarded field [high, observed race]: com.example.Tally.count')
assert log.contains('[baseline] lock-order cycle [high, deadlock]')
assert log.contains('Lockwatch check passed: no new findings (4 in the baseline)')
assert !log.contains('BUILD FAILURE')
return true
