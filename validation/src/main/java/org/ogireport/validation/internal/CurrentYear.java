package org.ogireport.validation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The current year of a clock, read without a date computation per call: the year's bounds in the
 * clock's zone are kept, and only a clock reading outside them (or a clock in another zone)
 * computes the year again. Thread-safe (the kept bounds are one immutable value).
 */
final class CurrentYear {

  private record Window(ZoneId zone, long from, long until, int year) {

    boolean covers(ZoneId otherZone, long millis) {
      return millis >= from && millis < until && zone.equals(otherZone);
    }
  }

  private volatile Window window;

  /** The year of the clock's current instant in the clock's zone. */
  int of(Clock clock) {
    long now = clock.millis();
    ZoneId zone = clock.getZone();
    Window w = window;
    if (w == null || !w.covers(zone, now)) {
      w = windowAt(zone, now);
      window = w;
    }
    return w.year();
  }

  private static Window windowAt(ZoneId zone, long millis) {
    int year = Year.from(Instant.ofEpochMilli(millis).atZone(zone)).getValue();
    ZonedDateTime start = Year.of(year).atDay(1).atStartOfDay(zone);
    return new Window(zone, start.toInstant().toEpochMilli(),
        start.plusYears(1).toInstant().toEpochMilli(), year);
  }
}
