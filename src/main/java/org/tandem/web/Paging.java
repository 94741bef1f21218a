package org.tandem.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;

/**
 * Which page of a long list an API caller asks for, as the query parameters {@code page} and {@code
 * size}. Bound from the query string of any handler that takes it; a value that is not a number is
 * a 400 naming the parameter.
 *
 * @param page from 0; the first page when left out
 * @param size how many items a page holds; {@value #DEFAULT_SIZE} when left out
 */
@ParameterObject
public record Paging(
    @Parameter(description = "zero-based page number") @Schema(defaultValue = "0") Integer page,
    @Parameter(description = "page size, at most 100") @Schema(defaultValue = "25") Integer size) {

  public static final int DEFAULT_SIZE = 25;

  public Paging {
    page = page == null ? 0 : page;
    size = size == null ? DEFAULT_SIZE : size;
  }
}
