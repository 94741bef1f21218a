package org.tandem.web;

/** Nothing the user may see is here. Pages answer 404 with a plain page; the API with a problem. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
