package org.tandem.referrer.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An invitation's link, absolute, for an email read far from Tandem: under {@code
 * tandem.public-url} when it is set (the address people use, e.g. behind a proxy), otherwise under
 * the address of the manager's own request.
 */
@Component
class InvitationLinks {

  private final String publicUrl;

  InvitationLinks(@Value("${tandem.public-url:}") String publicUrl) {
    this.publicUrl = publicUrl.strip();
  }

  String link(String token) {
    UriComponentsBuilder base =
        publicUrl.isEmpty()
            ? ServletUriComponentsBuilder.fromCurrentContextPath()
            : UriComponentsBuilder.fromUriString(publicUrl.replaceAll("/+$", ""));
    return base.path("/invitation/{token}").buildAndExpand(token).toUriString();
  }
}
