package org.tandem.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * Documents an API operation whose answer is an Excel workbook (.xlsx), so the API documentation
 * names the type and a binary body rather than the bytes of a JSON string.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(
    responseCode = "200",
    content =
        @Content(
            mediaType = Downloads.XLSX_VALUE,
            schema = @Schema(type = "string", format = "binary")))
public @interface SpreadsheetDownload {

  /** What the file is, e.g. "The report as a workbook, one sheet per section". */
  @AliasFor(annotation = ApiResponse.class, attribute = "description")
  String value();
}
