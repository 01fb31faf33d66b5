package org.gazetteer.alliance.request;

/** The two sides of a request: the member that owns the resource and the one that asks for it. */
public enum Party {
  OWNER,
  REQUESTER
}
