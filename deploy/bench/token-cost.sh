#!/usr/bin/env bash
# What checking a bearer token costs the museums service, and what the cache of verified tokens
# gives back: signed-in ÷ anonymous throughput of one DB-backed list with the cache off and on,
# and a flight recording of where the time goes. Starts its own PostgreSQL and museums service on
# free ports, stops them at the end, and writes deploy/bench/results/token-cost.md.
# Details: deploy/bench/README.md
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"

needed=(deploy/bench/target/gazetteer-bench.jar
        services/museums/target/quarkus-app/quarkus-run.jar)
missing=0
for file in "${needed[@]}"; do
  [[ -f "$root/$file" ]] || missing=1
done
if ((missing)); then
  echo "token-cost.sh: building what is missing: mvn -B -q -DskipTests -pl services/museums,deploy/bench -am package" >&2
  mvn -B -q -DskipTests -f "$root/pom.xml" -pl services/museums,deploy/bench -am package
fi

cd "$root"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
  -cp "deploy/bench/target/gazetteer-bench.jar:deploy/bench/target/lib/*" \
  org.gazetteer.deploy.bench.TokenCostBenchmark "$root"
