// The agent ran in the test JVM (a report exists) and the check passed on it.
def reports = new File(basedir, 'target/lockwatch').listFiles({ f -> f.name ==~ /lockwatch-\d+\.json/ } as FileFilter)
assert reports != null && reports.length == 1 : 'one report per test JVM in target/lockwatch'
def log = new File(basedir, 'build.log').text
assert log.contains('-javaagent:') && log.contains('lockwatch-agent-') : 'argLine names the agent jar'
assert log.contains('Lockwatch check passed: no findings')
def site = new File(basedir, 'target/site/lockwatch')
assert new File(site, 'index.html').text.contains('<html') : 'the HTML report'
def sarif = new groovy.json.JsonSlurper().parse(new File(site, 'lockwatch.sarif'))
assert sarif.version == '2.1.0' && sarif.runs[0].tool.driver.name == 'Lockwatch'
return true
