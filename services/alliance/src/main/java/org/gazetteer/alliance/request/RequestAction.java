package org.gazetteer.alliance.request;

import java.util.Locale;

/** The steps of a request, {@code POST /api/alliance/requests/{id}/{action}}. */
public enum RequestAction {
  APPROVE,
  OFFER_CONDITIONS,
  ACCEPT_CONDITIONS,
  DECLINE,
  SHIP,
  RECEIVE,
  RETURN,
  CONFIRM_RETURN,
  CLOSE,
  COMPLETE,
  CANCEL;

  /** The path segment: {@code offer-conditions}, {@code confirm-return}, … */
  public String path() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
