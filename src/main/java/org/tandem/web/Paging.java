package org.tandem.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;

/**
 * Which page of a long list is asked for, as the query parameters {@code page} and {@code size} of
 * an API handler, or made by a service from the numbers a page sends. Every list computes its
 * offset here, so none can overflow: a value that is not a number is a 400 naming the parameter; a
 * negative page is the first; a size is held between 1 and {@value #MAX_SIZE}; a page beyond the
 * end is an empty page, as it would be one past the end.
 *
 * @param page from 0; the first page when left out
 * @param size how many items a page holds; {@value #DEFAULT_SIZE} when left out
 */
@ParameterObject
public record Paging(
    @Parameter(description = "zero-based page number; a page beyond the end is empty")
        @Schema(defaultValue = "0", minimum = "0")
        Integer page,
    @Parameter(description = "page size, at most 100")
        @Schema(defaultValue = "25", minimum = "1", maximum = "100")
        Integer size) {

  public static final int DEFAULT_SIZE = 25;

  /** The most items one page holds, whatever size is asked for. */
  public static final int MAX_SIZE = 100;

  public Paging {
    page = page == null ? 0 : Math.max(0, page);
    size = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
  }

  /** The page a person asked for by the number a page shows, counted from 1. */
  public static Paging numbered(int number, int size) {
    return new Paging(Math.max(1, number) - 1, size);
  }

  /**
   * How many items come before this page: a long, since page × size can pass the largest int; the
   * database takes a bigint offset and answers an empty page.
   */
  public long offset() {
    return (long) page * size;
  }
}
