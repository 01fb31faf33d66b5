package org.gazetteer.deploy.bench;

/**
 * How busy the machine was at one moment: the load averages and how many Maven builds ran.
 *
 * @param load the 1-, 5- and 15-minute load averages
 */
record Conditions(String load, long mavenBuilds) {

  static Conditions now() {
    return new Conditions(MachineFacts.loadAverage(), QuietMachine.mavenBuilds().size());
  }
}
