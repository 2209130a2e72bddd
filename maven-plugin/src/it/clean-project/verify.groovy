def log = new File(basedir, 'build.log').text
// Build 1, -Dlockwatch.skip=true: prepare-agent, check and report each said so and did nothing.
assert log.count('[INFO] Skipping Lockwatch: lockwatch.skip is true') == 3
assert log.count('argLine set to') == 1 : 'only build 2 put the agent on the argLine'
assert log.count('Lockwatch check passed') == 1 : 'only build 2 checked'
assert log.count('Lockwatch report: ') == 1 : 'only build 2 wrote the page'
// build 1 left no report: build 2's prepare-agent found none to delete
assert !log.contains('Lockwatch report(s) of a previous build')

// Build 2: the agent ran in the test JVM (a report exists) and the check passed on it.
def reports = new File(basedir, 'target/lockwatch').listFiles({ f -> f.name ==~ /lockwatch-\d+\.json/ } as FileFilter)
assert reports != null && reports.length == 1 : 'one report per test JVM in target/lockwatch'
assert log.contains('-javaagent:') && log.contains('lockwatch-agent-') : 'argLine names the agent jar'
assert log.contains('Lockwatch check passed: no findings')
def site = new File(basedir, 'target/site/lockwatch')
assert new File(site, 'index.html').text.contains('<html') : 'the HTML report'
def sarif = new groovy.json.JsonSlurper().parse(new File(site, 'lockwatch.sarif'))
assert sarif.version == '2.1.0' && sarif.runs[0].tool.driver.name == 'Lockwatch'
return true
