// Both agents wrote their files: JaCoCo's execution data and Lockwatch's report.
assert new File(basedir, 'target/jacoco.exec').isFile() : 'JaCoCo wrote target/jacoco.exec'
def reports = new File(basedir, 'target/lockwatch').listFiles({ f -> f.name ==~ /lockwatch-\d+\.json/ } as FileFilter)
assert reports != null && reports.length == 1 : 'Lockwatch wrote its report'
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0')
assert log.contains('Lockwatch check passed')
return true
