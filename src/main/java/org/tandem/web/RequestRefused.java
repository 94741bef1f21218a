package org.tandem.web;

/**
 * A request answered with a refusal: 403, or 404 for something the user may not see. Published by
 * the error handlers so that the audit can record it, without the web foundation knowing the audit.
 * Carries the failure, never the request's body or query.
 */
public record RequestRefused(int status, Exception cause) {}
