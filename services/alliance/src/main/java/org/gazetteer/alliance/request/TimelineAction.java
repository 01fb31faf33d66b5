package org.gazetteer.alliance.request;

/** What a step of a request's timeline was: its creation, an action, or an obligation met. */
public enum TimelineAction {
  REQUEST,
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
  CANCEL,
  MEET_OBLIGATION;

  static TimelineAction of(RequestAction action) {
    return valueOf(action.name());
  }
}
