#!/usr/bin/env bash
# The Chinese search benchmark (DESIGN §8): 100,000 generated exhibits, search p95 at the museums
# service against a primary-key lookup and against an unindexed LIKE scan, measured in one run.
# Starts its own PostgreSQL and museums service on free ports, stops them at the end, and writes
# deploy/bench/results/search.md. Details: deploy/bench/README.md
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"

needed=(deploy/target/gazetteer-launcher.jar
        services/museums/target/quarkus-app/quarkus-run.jar)
missing=0
for file in "${needed[@]}"; do
  [[ -f "$root/$file" ]] || missing=1
done
# A launcher jar built before the benchmark existed has no HdrHistogram next to it.
compgen -G "$root/deploy/target/lib/HdrHistogram-*.jar" >/dev/null || missing=1
if ((missing)); then
  echo "search.sh: building what is missing: mvn -B -q -DskipTests -pl services/museums,deploy -am package" >&2
  mvn -B -q -DskipTests -f "$root/pom.xml" -pl services/museums,deploy -am package
fi

cd "$root"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
  -cp "deploy/target/gazetteer-launcher.jar:deploy/target/lib/*" \
  org.gazetteer.deploy.bench.SearchBenchmark "$root"
