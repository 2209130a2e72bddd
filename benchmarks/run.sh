#!/usr/bin/env bash
# Lockwatch overhead benchmark: the one documented command (see benchmarks/README.md).
# Builds the agent and the benchmarks, then runs every workload plain, under the agent with
# races=off and with races=on, and prints the table (also written to benchmarks/target/results.md).
#
# Usage: benchmarks/run.sh [--no-build] [harness options]
#   --quick            1 repetition, short phases (~4 min)
#   --reps N           repetitions per workload x configuration (default 3; ~22 min in all)
#   --churn-reps N     repetitions of the lock-churn workloads (default 1)
#   --only a,b         only variants whose name starts with a or b (--list shows them)
#   --configs plain,off,on   --jvm-arg ARG   --agent-options k=v   --java PATH   --timeout S
#   --agent JAR   --jar JAR   --out FILE   --runs-dir DIR   --list   --help
#   --no-build         use the jars already built
# Extra Maven options can be passed in MAVEN_ARGS, e.g. MAVEN_ARGS=-o benchmarks/run.sh --quick
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
if [[ "${1:-}" == "--no-build" ]]; then
  build=0
  shift
fi

if (( build )); then
  # shellcheck disable=SC2086 # MAVEN_ARGS is a list of options
  if ! mvn -B -q -DskipTests ${MAVEN_ARGS:-} install -pl reports,agent,benchmarks -am; then
    echo "run.sh: the build of reports/agent failed (someone mid-edit?); building the benchmarks" \
      "(with the reports model they read reports with) alone and using the last built agent jar" >&2
    # shellcheck disable=SC2086
    mvn -B -q -DskipTests ${MAVEN_ARGS:-} install -pl benchmarks -am
  fi
fi

for jar in agent/target/lockwatch-agent.jar benchmarks/target/benchmarks.jar; do
  if [[ ! -f "$jar" ]]; then
    echo "run.sh: $jar is missing; run without --no-build" >&2
    exit 1
  fi
done

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -cp benchmarks/target/benchmarks.jar io.lockwatch.bench.Harness "$@"
