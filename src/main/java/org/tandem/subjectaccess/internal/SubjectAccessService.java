package org.tandem.subjectaccess.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.Referrals;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;
import org.tandem.web.PdfDocuments;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prepares, shows and releases subject access disclosures. The bundle is made from the record each
 * time it is read, never stored: what the disclosure record keeps is what was released, as section
 * counts and a SHA-256 of the bundle's JSON, so a copy made again can be checked against it. Every
 * step is audited on the case.
 */
@Service
class SubjectAccessService {

  /** A disclosure with its bundle as the record now gives it, and what is withheld for review. */
  record View(
      Disclosure disclosure, Bundle bundle, List<Withheld> withheld, String sha256, Person person) {

    /** Whether the bundle made now is the one released; null before release. */
    public Boolean matchesRelease() {
      return disclosure.released() ? sha256.equals(disclosure.releasedSha256()) : null;
    }
  }

  /** A person on the case whose data may be asked for. */
  record Person(String code, String kind, String label) {}

  private static final JsonMapper JSON = new JsonMapper();

  private final Referrals referrals;
  private final CaseAccess access;
  private final DisclosureStore store;
  private final BundleReader reader;
  private final PdfDocuments pdf;
  private final AuditLog audit;
  private final CurrentUsers users;
  private final ServiceClock clock;
  private final JdbcClient jdbc;
  private final MessageSource messages;

  SubjectAccessService(
      Referrals referrals,
      CaseAccess access,
      DisclosureStore store,
      BundleReader reader,
      PdfDocuments pdf,
      AuditLog audit,
      CurrentUsers users,
      ServiceClock clock,
      JdbcClient jdbc,
      MessageSource messages) {
    this.messages = messages;
    this.referrals = referrals;
    this.access = access;
    this.store = store;
    this.reader = reader;
    this.pdf = pdf;
    this.audit = audit;
    this.users = users;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** Records the request and prepares the disclosure; its id. */
  @Transactional
  public long prepare(NewRequest request) {
    if (request.reference() == null || request.reference().isBlank()) {
      throw new InvalidRequestException(
          List.of(new FieldProblem("case", say("subjectaccess.problem.case"))));
    }
    CaseRef ref = referrals.open(request.reference());
    Subject subject =
        Subject.parse("subject", request.subject(), say("subjectaccess.problem.subjectCode"));
    Disclosure.RequestedBy by =
        request.requestedBy() == null ? Disclosure.RequestedBy.SELF : request.requestedBy();
    List<FieldProblem> problems = new ArrayList<>();
    if (!people(ref).stream().map(Person::code).toList().contains(subject.code())) {
      problems.add(new FieldProblem("subject", say("subjectaccess.problem.person")));
    }
    if (by == Disclosure.RequestedBy.PARENT && subject.kind() != Subject.Kind.CHILD) {
      problems.add(new FieldProblem("requestedBy", say("subjectaccess.problem.parent")));
    }
    if (request.receivedOn() != null && request.receivedOn().isAfter(clock.today())) {
      problems.add(new FieldProblem("receivedOn", say("subjectaccess.problem.future")));
    }
    String requester = request.requester() == null ? "" : request.requester().strip();
    if (requester.length() > 300) {
      problems.add(new FieldProblem("requester", say("subjectaccess.problem.requesterLong", 300)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long id =
        store.insert(
            ref.referralId(),
            subject,
            by,
            request.receivedOn() == null ? clock.today() : request.receivedOn(),
            requester,
            users.current().username(),
            clock.now());
    audit.record(Action.CREATE, "subject access disclosure", ref);
    return id;
  }

  /** The people on a case whose data may be asked for: him, each partner, each child. */
  @Transactional(readOnly = true)
  public List<Person> people(String reference) {
    return people(referrals.open(reference));
  }

  private List<Person> people(CaseRef ref) {
    List<Person> people = new ArrayList<>();
    people.add(new Person("man", "man", ""));
    List<Long> partners =
        jdbc.sql("SELECT id FROM partner WHERE referral_id = :case ORDER BY id")
            .param("case", ref.referralId())
            .query(Long.class)
            .list();
    for (int i = 0; i < partners.size(); i++) {
      people.add(new Person("partner:" + partners.get(i), "partner", String.valueOf(i + 1)));
    }
    // A referrer need not give a child's name: each is numbered, with the name when there is one.
    jdbc.sql("SELECT id, given_name, age_years FROM child WHERE referral_id = :case ORDER BY id")
        .param("case", ref.referralId())
        .query(
            (rs, i) ->
                new Person(
                    "child:" + rs.getLong(1),
                    "child",
                    say(
                        "subjectaccess.person.childNumbered",
                        (i + 1) + (rs.getString(2) == null ? "" : " (" + rs.getString(2) + ")"),
                        rs.getInt(3))))
        .list()
        .forEach(people::add);
    return people;
  }

  /** The case's disclosures, newest first; reading the list is audited. */
  @Transactional
  public List<Disclosure> disclosures(String reference) {
    WallPass pass = passFor(referrals.open(reference));
    audit.record(Action.READ, "subject access disclosures", pass.caseRef());
    return store.forCase(pass);
  }

  /** One disclosure with its bundle made now; reading it is audited. */
  @Transactional
  public View view(long id) {
    View view = make(id);
    audit.record(Action.READ, "subject access bundle", referrals.open(view.bundle().reference()));
    return view;
  }

  /** The bundle as a PDF; handing it over is audited as a download. */
  @Transactional
  public byte[] pdf(long id) {
    View view = view(id);
    byte[] document = pdf.render("subjectaccess/pdf", Map.of("view", view));
    audit.record(
        Action.DOWNLOAD, "subject access bundle PDF", referrals.open(view.bundle().reference()));
    return document;
  }

  /** The reference of the case a disclosure was drawn from, once the user may open it. */
  @Transactional(readOnly = true)
  public String referenceOf(long id) {
    DisclosureStore.CaseOf of =
        store
            .caseOf(id)
            .orElseThrow(
                () -> new NotFoundException(say("subjectaccess.problem.noSuchDisclosure")));
    return referrals.open(of.reference()).reference();
  }

  /** Releases a reviewed disclosure: records who, when, and what, as counts and a hash. */
  @Transactional
  public void release(long id, int version) {
    View view = make(id);
    boolean released =
        store.release(
            id,
            version,
            users.current().username(),
            clock.now(),
            view.bundle().contents(),
            view.sha256());
    if (!released) {
      throw new EditConflictException("The disclosure", Languages.ENGLISH);
    }
    audit.record(
        Action.UPDATE, "subject access release", referrals.open(view.bundle().reference()));
  }

  private View make(long id) {
    DisclosureStore.CaseOf of =
        store
            .caseOf(id)
            .orElseThrow(
                () -> new NotFoundException(say("subjectaccess.problem.noSuchDisclosure")));
    CaseRef ref = referrals.open(of.reference());
    WallPass pass = passFor(ref);
    Disclosure disclosure =
        store
            .find(pass, id)
            .orElseThrow(
                () -> new NotFoundException(say("subjectaccess.problem.noSuchDisclosure")));
    Subject subject = disclosure.subject();
    Bundle bundle;
    List<Withheld> withheld;
    switch (subject.kind()) {
      case PARTNER -> {
        bundle = reader.hers(pass, subject.id());
        withheld = reader.herRestricted(pass, subject.id());
      }
      case CHILD -> {
        bundle = reader.childs(ref, subject.id());
        withheld = List.of();
      }
      default -> {
        bundle = reader.his(ref);
        withheld = reader.hisRestricted(ref);
      }
    }
    Person person =
        people(ref).stream()
            .filter(p -> p.code().equals(subject.code()))
            .findFirst()
            .orElse(new Person(subject.code(), subject.kind().name().toLowerCase(), ""));
    return new View(disclosure, bundle, withheld, sha256(bundle), person);
  }

  /** Subject access is for managers, who always see behind the wall; anyone else is refused. */
  private WallPass passFor(CaseRef ref) {
    return access
        .behindTheWall(ref)
        .orElseThrow(() -> new NotFoundException(say("subjectaccess.problem.noSuchDisclosure")));
  }

  static String sha256(Bundle bundle) {
    try {
      byte[] json = JSON.writeValueAsString(bundle).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Wording in the language of the request being answered. */
  private String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
