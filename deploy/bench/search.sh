#!/usr/bin/env bash
# The Chinese search benchmark: 100,000 generated exhibits, search p95 at the museums
# service against a primary-key lookup and against an unindexed LIKE scan, measured in one run.
# Starts its own PostgreSQL and museums service on free ports, stops them at the end, and writes
# deploy/bench/results/search.md. Details: deploy/bench/README.md
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"

needed=(deploy/bench/target/gazetteer-bench.jar
        services/museums/target/quarkus-app/quarkus-run.jar)
missing=0
for file in "${needed[@]}"; do
  [[ -f "$root/$file" ]] || missing=1
done
# The libraries (the launcher jar among them) are copied next to the bench jar by its build.
compgen -G "$root/deploy/bench/target/lib/HdrHistogram-*.jar" >/dev/null || missing=1
if ((missing)); then
  echo "search.sh: building what is missing: mvn -B -q -DskipTests -pl services/museums,deploy/bench -am package" >&2
  mvn -B -q -DskipTests -f "$root/pom.xml" -pl services/museums,deploy/bench -am package
fi

cd "$root"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
  -cp "deploy/bench/target/gazetteer-bench.jar:deploy/bench/target/lib/*" \
  org.gazetteer.deploy.bench.SearchBenchmark "$root"
