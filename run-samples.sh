#!/usr/bin/env bash
# Builds Lockwatch, then runs every sample app under the agent and prints one line per sample.
# Reports land in target/lockwatch-reports/ (with each sample's .out and .err).
#
# Usage: ./run-samples.sh [--no-build] [sample name...]
#   --no-build   use the jars and classes already built
# Extra Maven options can be passed in MAVEN_ARGS, e.g. MAVEN_ARGS=-o ./run-samples.sh
set -euo pipefail
cd "$(dirname "$0")"

build=1
if [[ "${1:-}" == "--no-build" ]]; then
  build=0
  shift
fi

if (( build )); then
  # shellcheck disable=SC2086 # MAVEN_ARGS is a list of options
  mvn -B -q -DskipTests ${MAVEN_ARGS:-} package
fi

agent_jar=agent/target/lockwatch-agent.jar
if [[ ! -f "$agent_jar" ]]; then
  echo "run-samples.sh: $agent_jar is missing; build it with: mvn -B -DskipTests package" >&2
  exit 1
fi

# The runner launches the samples and reads their reports with the test kit (and its Gson); the
# samples it launches get sample-apps/target/classes only.
exec java -cp "sample-apps/target/classes:sample-apps/target/lib/*" \
  io.lockwatch.samples.SampleRunner "$agent_jar" target/lockwatch-reports "$@"
