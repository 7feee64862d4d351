package org.attackstats.cli;

/** Placeholder. */
public final class Main {
  private Main() {}

  /** Entry point. @param args arguments */
  public static void main(String[] args) {
    System.out.println("attack-stats");
  }
}
