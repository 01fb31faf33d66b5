package org.gazetteer.deploy.bench;

import java.util.List;
import java.util.Map;

/** The gateway benchmark's results file, {@code deploy/bench/results/gateway.md}. */
final class GatewayReport {

  private GatewayReport() {}

  static String markdown(
      MachineFacts facts,
      String loadAtStart,
      int items,
      Map<String, Integer> warmUp,
      Map<String, GatewayBenchmark.Measured> measured,
      GatewayBenchmark.Steady steady,
      List<Ratio> figures,
      FlightProfile profile) {
    StringBuilder md = new StringBuilder();
    md.append("# Gateway benchmark: results\n\n");
    md.append(
            "Written by `deploy/bench/gateway.sh` (`org.gazetteer.deploy.bench.GatewayBenchmark`)")
        .append(
            " and overwritten by each run; what is measured and why: `deploy/bench/README.md`.\n\n");
    md.append("- Date: ")
        .append(facts.date())
        .append("; commit ")
        .append(facts.commit())
        .append('\n');
    md.append("- Machine: ")
        .append(facts.cpus())
        .append(" CPUs (")
        .append(facts.cpuModel())
        .append("), ")
        .append(facts.memory())
        .append("; ")
        .append(facts.javaVersion())
        .append('\n');
    md.append("- Load average (1/5/15 min): ")
        .append(loadAtStart)
        .append(" at the start, ")
        .append(MachineFacts.loadAverage())
        .append(" at the end\n\n");
    md.append("`GET ")
        .append(GatewayBenchmark.LIST)
        .append("` (")
        .append(items)
        .append(" published exhibits of the demo data, the same page from every target), wrk with ")
        .append("16 keep-alive connections on one thread, ")
        .append(
            "each target warmed up in rounds of 5 s until its rate settled (the last three within 5 %, 6 to 16 rounds), then 3 measured rounds of 5 s per target, interleaved; ")
        .append("medians of the rounds.\n\n");
    md.append("## Figures\n\n").append(Ratio.table(figures)).append('\n');
    md.append("## Each target (medians of the rounds)\n\n");
    md.append(
        "| target | warm-up rounds | requests/s | museums CPU ms per request | proxy CPU ms per request |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    measured.forEach(
        (name, m) ->
            md.append(
                String.format(
                    "| %s | %d | %.0f | %.2f | %s |\n",
                    name,
                    warmUp.get(name),
                    Median.of(m.rates()),
                    Median.of(m.serviceCpu()),
                    name.equals(GatewayFigures.DIRECT)
                        ? "–"
                        : String.format("%.2f", Median.of(m.proxyCpu())))));
    md.append("\nCPU per request is what each process used during a round (user + system, from")
        .append(" `/proc/<pid>/stat`) divided by the requests it served; PostgreSQL and wrk")
        .append(" use the rest of the two cores.\n\n");
    md.append("## At a constant rate\n\n");
    md.append(
        String.format(
            "%.0f requests/s (half the service's median maximum), open loop, latencies counted from"
                + " when each request was due; 3 rounds of 10 s each, interleaved, after 10 s"
                + " of warm-up each.\n\n",
            steady.rate()));
    md.append("| target | requests | p99 ms |\n|---|---:|---:|\n");
    md.append(
        String.format(
            "| %s | %d | %.2f |\n| %s | %d | %.2f |\n\n",
            GatewayFigures.DIRECT,
            steady.directCount(),
            steady.directP99(),
            GatewayFigures.GATEWAY,
            steady.gatewayCount(),
            steady.gatewayP99()));
    md.append("## Where the gateway's time goes (signed in, cache off, rate limits on)\n\n");
    md.append(profile.markdown());
    return md.toString();
  }
}
