package org.gazetteer.readingrooms.reservation;

import java.security.SecureRandom;

/**
 * Check-in codes: six characters from 32 letters and digits without look-alikes, random so that a
 * code cannot be guessed from another (about a billion values; the code is checked together with
 * the reservation id, so it only has to be unguessable, not unique).
 */
final class CheckInCodes {

  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CheckInCodes() {}

  static String next() {
    char[] code = new char[6];
    for (int i = 0; i < code.length; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }
}
