package org.tandem.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The answer to an API request that made something: 201, with the address where it can be read in
 * the Location header. The body is the new thing's id, or whatever the caller most needs next.
 *
 * @param id the id of what was made
 */
public record Created(long id) {

  /** 201 with {@code {"id": …}}, at {@code location}: a URI template, filled in order. */
  public static ResponseEntity<Created> id(long id, String location, Object... variables) {
    return at(location, new Created(id), variables);
  }

  /** 201 with no body, at {@code location}: a URI template, filled in order. */
  public static ResponseEntity<Void> noBody(String location, Object... variables) {
    return at(location, null, variables);
  }

  /** 201 with this body, at {@code location}: a URI template, filled in order. */
  public static <T> ResponseEntity<T> at(String location, T body, Object... variables) {
    return ResponseEntity.created(UriComponentsBuilder.fromUriString(location).build(variables))
        .body(body);
  }
}
