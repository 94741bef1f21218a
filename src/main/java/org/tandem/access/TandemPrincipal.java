package org.tandem.access;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A Tandem user as Spring Security holds them in the session or for one API request. */
public final class TandemPrincipal implements UserDetails, Serializable {

  private final CurrentUser user;
  private final String passwordHash;
  private final boolean enabled;

  public TandemPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
    this.user = user;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
  }

  public CurrentUser user() {
    return user;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  /** Sessions compare principals by user, so sign-out and session limits work per person. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TandemPrincipal p && p.user.id() == user.id();
  }

  @Override
  public int hashCode() {
    return Long.hashCode(user.id());
  }

  @Override
  public String toString() {
    return "TandemPrincipal[" + user.username() + "]";
  }

  static List<String> authorities(CurrentUser user) {
    return user.roles().stream().map(Role::authority).toList();
  }
}
