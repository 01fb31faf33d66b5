#!/usr/bin/env bash
# What the gateway costs in front of a service: the same DB-backed list read directly, through
# nginx and through the gateway (anonymous, signed in, rate limits off, cache on) with wrk, the p99
# at a constant rate, and a flight recording of the gateway. Starts its own PostgreSQL, museums
# service, gateways and nginx on free ports, stops them at the end, and writes
# deploy/bench/results/gateway.md. Needs the Debian packages wrk and nginx-light.
# Details: deploy/bench/README.md
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"

needed=(deploy/bench/target/gazetteer-bench.jar
        services/museums/target/quarkus-app/quarkus-run.jar
        gateway/target/quarkus-app/quarkus-run.jar)
missing=0
for file in "${needed[@]}"; do
  [[ -f "$root/$file" ]] || missing=1
done
if ((missing)); then
  echo "gateway.sh: building what is missing: mvn -B -q -DskipTests -pl services/museums,gateway,deploy/bench -am package" >&2
  mvn -B -q -DskipTests -f "$root/pom.xml" -pl services/museums,gateway,deploy/bench -am package
fi

cd "$root"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
  -cp "deploy/bench/target/gazetteer-bench.jar:deploy/bench/target/lib/*" \
  org.gazetteer.deploy.bench.GatewayBenchmark "$root"
