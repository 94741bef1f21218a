package org.tandem.demo;

import java.util.List;
import org.tandem.access.Role;

/** The invented demo users, their sign-ins and API tokens, as the README lists them. */
public final class DemoUsers {

  /** One demo user. {@code team} is NORTHMOOR, EASTWICK, ALL or null. */
  public record DemoUser(
      Role role, String username, String displayName, String password, String token, String team) {

    /**
     * An invented work address on a domain reserved for examples, by which a council sign-in finds
     * the account.
     */
    public String email() {
      return username + "@northmoor.example";
    }
  }

  public static final String PASSWORD = "Tandem-demo-2026";

  /** The one demo user with an authenticator app, so that anyone can try the second factor. */
  public static final String WITH_AUTHENTICATOR = "partner.support";

  /**
   * Her authenticator's secret, invented and published in the README: {@code oathtool --totp -b}
   * with it, or any authenticator app given it, shows her codes.
   */
  public static final String AUTHENTICATOR_SECRET = "TANDEMDEMOPRIYALANTERNWICK234567";

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser(
              Role.INTAKE,
              "intake",
              "Ivy Marchbank",
              PASSWORD,
              "tdm_demo_intake_7Qm2",
              "NORTHMOOR"),
          new DemoUser(
              Role.PERPETRATOR_WORKER,
              "perpetrator.worker",
              "Tom Quillfeather",
              PASSWORD,
              "tdm_demo_perpetrator_4Kx9",
              "NORTHMOOR"),
          new DemoUser(
              Role.PARTNER_SUPPORT_WORKER,
              "partner.support",
              "Priya Lanternwick",
              PASSWORD,
              "tdm_demo_partner_8Vn3",
              "NORTHMOOR"),
          new DemoUser(
              Role.CHILDRENS_WORKER,
              "childrens.worker",
              "Cara Bramblewood",
              PASSWORD,
              "tdm_demo_children_2Hd6",
              "NORTHMOOR"),
          new DemoUser(
              Role.SERVICE_MANAGER,
              "manager",
              "Morgan Thistledown",
              PASSWORD,
              "tdm_demo_manager_5Rt1",
              "ALL"),
          new DemoUser(
              Role.COMMISSIONER,
              "commissioner",
              "Colin Farthingale",
              PASSWORD,
              "tdm_demo_commissioner_9Pw4",
              "ALL"),
          new DemoUser(
              Role.SYSTEM_ADMINISTRATOR,
              "sysadmin",
              "Sam Oakenshaw",
              PASSWORD,
              "tdm_demo_sysadmin_3Lz8",
              null),
          new DemoUser(
              Role.PERPETRATOR_WORKER,
              "eastwick.worker",
              "Elliot Puddingstone",
              PASSWORD,
              "tdm_demo_eastwick_6Bc5",
              "EASTWICK"),
          // A children's social worker at an outside agency, who refers to Northmoor online.
          new DemoUser(
              Role.REFERRER,
              "social.worker",
              "Sadie Kettleburn",
              PASSWORD,
              "tdm_demo_referrer_6Sw2",
              null));

  private DemoUsers() {}
}
