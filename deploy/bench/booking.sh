#!/usr/bin/env bash
# The seat-booking benchmark: 500 concurrent reservation attempts on a 20-seat slot must
# end with exactly 20 confirmed; attempts/s against a plain single-row insert rate and the attempts'
# p99; the register's near query p95 on the 646 demo rooms against a primary-key lookup. Starts its
# own PostgreSQL and reading-rooms service on free ports, stops them at the end, and writes
# deploy/bench/results/booking.md. Details: deploy/bench/README.md
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"

needed=(deploy/bench/target/gazetteer-bench.jar
        services/reading-rooms/target/quarkus-app/quarkus-run.jar)
missing=0
for file in "${needed[@]}"; do
  [[ -f "$root/$file" ]] || missing=1
done
compgen -G "$root/deploy/bench/target/lib/HdrHistogram-*.jar" >/dev/null || missing=1
if ((missing)); then
  echo "booking.sh: building what is missing: mvn -B -q -DskipTests -pl services/reading-rooms,deploy/bench -am package" >&2
  mvn -B -q -DskipTests -f "$root/pom.xml" -pl services/reading-rooms,deploy/bench -am package
fi

cd "$root"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
  -cp "deploy/bench/target/gazetteer-bench.jar:deploy/bench/target/lib/*" \
  org.gazetteer.deploy.bench.BookingBenchmark "$root"
