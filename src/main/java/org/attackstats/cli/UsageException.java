package org.attackstats.cli;

/** Wrong usage of the command line: reported in one line, exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
