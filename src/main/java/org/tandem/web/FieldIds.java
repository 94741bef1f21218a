package org.tandem.web;

import org.springframework.stereotype.Component;

/**
 * Turns a property path such as {@code partners[0].phone} into the id its input has on the page,
 * {@code partners-0-phone}, so the error summary links to the right field. Templates call it as
 * {@code @fieldIds.of(...)}.
 */
@Component("fieldIds")
public class FieldIds {

  public String of(String path) {
    return idOf(path);
  }

  /** The same, for code that works out a page's fields before it is rendered. */
  public static String idOf(String path) {
    return path.replace("[", "-").replace("]", "").replace('.', '-');
  }
}
