package org.tandem.access.internal;

import java.util.List;

/**
 * Where the page being shown sits in the service navigation, worked out from its address, so the
 * navigation can mark it: the item whose own page this is is the current page; an item whose
 * section the page belongs to (a case's assessment belongs to Cases) is active.
 */
public final class NavigationPlace {

  /** A navigation item: its name in the templates, its page, and the addresses of its section. */
  private record Item(String name, String href, List<String> sections) {

    boolean holds(String path) {
      return sections.stream().anyMatch(s -> path.equals(s) || path.startsWith(s + "/"));
    }
  }

  private static final List<Item> ITEMS =
      List.of(
          new Item("myWork", "/my-work", List.of("/my-work")),
          new Item("cases", "/cases", List.of("/cases")),
          new Item("waitingList", "/waiting-list", List.of("/waiting-list")),
          new Item("newReferral", "/referrals/new", List.of("/referrals")),
          // The reviews due are reached from the facilitator's week.
          new Item("facilitator", "/facilitator", List.of("/facilitator", "/programme")),
          // Curricula are reached from the groups page.
          new Item("groups", "/groups", List.of("/groups", "/curricula")),
          new Item("appointments", "/appointments/calendar", List.of("/appointments")),
          new Item("alerts", "/alerts", List.of("/alerts")),
          new Item("marac", "/marac", List.of("/marac")),
          new Item("partnerSupport", "/partner-support/tasks", List.of("/partner-support")),
          new Item("womensGroups", "/womens-groups", List.of("/womens-groups")),
          new Item("clocks", "/clocks/breaches", List.of("/clocks")),
          new Item("outcomes", "/outcomes", List.of("/outcomes")),
          new Item("planner", "/planner", List.of("/planner")),
          new Item("areas", "/areas", List.of("/areas")),
          new Item("retention", "/retention/schedule", List.of("/retention")),
          // Teams, second factors and the audit's check are reached from the users page.
          new Item("users", "/admin/users", List.of("/admin")),
          new Item("account", "/account", List.of("/account")),
          new Item("referrerReferrals", "/referrer/referrals", List.of("/referrer")),
          new Item(
              "referrerInvitations", "/referrer-invitations", List.of("/referrer-invitations")));

  private final String path;

  private NavigationPlace(String path) {
    this.path = path;
  }

  /** The place of the page at this address (the path within the application). */
  public static NavigationPlace of(String path) {
    return new NavigationPlace(path == null || path.isEmpty() ? "/" : path);
  }

  /** Whether the page is in this item's section, its own page or one below it. */
  public boolean active(String name) {
    return item(name).holds(path);
  }

  /**
   * The item's aria-current, as GOV.UK's service navigation sets it: "page" on the item's own page,
   * "true" elsewhere in its section, and none (null, so no attribute) outside it.
   */
  public String ariaCurrent(String name) {
    Item item = item(name);
    if (path.equals(item.href())) {
      return "page";
    }
    return item.holds(path) ? "true" : null;
  }

  private static Item item(String name) {
    return ITEMS.stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No navigation item " + name));
  }
}
