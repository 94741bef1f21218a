package org.tandem.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.referral.Referrals;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;

/**
 * Attaches documents to his case, a child or her record, lists them, and hands their files over.
 * Each shelf is opened through the case's own access check (hers through the wall); every list,
 * attachment, preview and download is audited by the document's id, never its title.
 */
@Service
class Documents {

  static final int TITLE_MOST = 200;

  private final Referrals referrals;
  private final PartnerSupport partnerSupport;
  private final CaseDocumentStore cases;
  private final HerDocumentStore hers;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final MessageSource messages;
  private final long mostBytes;

  Documents(
      Referrals referrals,
      PartnerSupport partnerSupport,
      CaseDocumentStore cases,
      HerDocumentStore hers,
      CurrentUsers currentUsers,
      AuditLog audit,
      ServiceClock clock,
      MessageSource messages,
      @Value("${tandem.documents.most-size:10MB}") DataSize most) {
    this.referrals = referrals;
    this.partnerSupport = partnerSupport;
    this.cases = cases;
    this.hers = hers;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.clock = clock;
    this.messages = messages;
    this.mostBytes = most.toBytes();
  }

  /** The largest file accepted, in whole megabytes, for the hint and the message. */
  long mostMegabytes() {
    return DataSize.ofBytes(mostBytes).toMegabytes();
  }

  // --- opening a shelf: the access check, once ---

  Shelf his(String reference) {
    return Shelf.his(referrals.open(reference));
  }

  Shelf child(String reference, long childId) {
    CaseRef ref = referrals.open(reference);
    if (!cases.childOnCase(ref, childId)) {
      throw new NotFoundException(say("documents.problem.noChild", ref.reference()));
    }
    return Shelf.child(ref, childId);
  }

  /** Her record's documents: refused (403) to any role that does not see behind the wall. */
  Shelf hers(String reference, long partnerId) {
    WallPass pass = partnerSupport.behindTheWall(reference);
    if (!hers.herOnCase(pass, partnerId)) {
      throw new NotFoundException(say("documents.problem.noPartner", pass.caseRef().reference()));
    }
    return Shelf.hers(pass, partnerId);
  }

  // --- reading ---

  @Transactional
  DocumentPage page(Shelf shelf, Paging paging) {
    DocumentPage page =
        shelf.isHers()
            ? hers.page(shelf.pass(), shelf.partnerId(), paging)
            : cases.page(shelf.ref(), shelf.childId(), paging);
    audit.record(Action.LIST, shelf.audited() + "s listed", shelf.ref());
    return page;
  }

  /** One document's details, for its page; reading them is audited. */
  @Transactional
  DocumentSummary summary(Shelf shelf, long id) {
    Optional<DocumentSummary> found =
        shelf.isHers()
            ? hers.summary(shelf.pass(), shelf.partnerId(), id)
            : cases.summary(shelf.ref(), shelf.childId(), id);
    DocumentSummary summary = found.orElseThrow(() -> notFound(shelf));
    audit.record(Action.READ, shelf.audited() + " " + id + " opened", shelf.ref());
    return summary;
  }

  /** The file to save: every download is in the audit trail. */
  @Transactional
  StoredFile download(Shelf shelf, long id) {
    StoredFile file = file(shelf, id);
    audit.record(Action.DOWNLOAD, shelf.audited() + " " + id + " downloaded", shelf.ref());
    return file;
  }

  /**
   * An image to show on its preview page, a PDF's first page drawn as one: audited as the download
   * it is.
   */
  @Transactional
  StoredFile preview(Shelf shelf, long id) {
    StoredFile file = file(shelf, id);
    if (!file.kind().previewed()) {
      throw notFound(shelf);
    }
    audit.record(Action.DOWNLOAD, shelf.audited() + " " + id + " previewed", shelf.ref());
    if (file.kind() != FileKind.PDF) {
      return file;
    }
    return PdfPreview.firstPage(file.content())
        .map(png -> new StoredFile(file.fileName(), FileKind.PNG, png))
        .orElseThrow(() -> notFound(shelf));
  }

  private StoredFile file(Shelf shelf, long id) {
    Optional<StoredFile> found =
        shelf.isHers()
            ? hers.file(shelf.pass(), shelf.partnerId(), id)
            : cases.file(shelf.ref(), shelf.childId(), id);
    return found.orElseThrow(() -> notFound(shelf));
  }

  private NotFoundException notFound(Shelf shelf) {
    return new NotFoundException(say("documents.problem.noDocument", shelf.reference()));
  }

  // --- attaching ---

  /**
   * Checks and keeps a new document: a title, a type, and a file neither empty nor too big whose
   * content is a kind allowed. Refused with every problem at once, each against its field.
   */
  @Transactional
  long attach(Shelf shelf, NewDocument document) {
    List<FieldProblem> problems = new ArrayList<>();
    String title = document.title() == null ? "" : document.title().strip();
    if (title.isEmpty()) {
      problems.add(problem("title", "documents.problem.titleMissing"));
    } else if (title.length() > TITLE_MOST) {
      problems.add(problem("title", "documents.problem.titleTooLong", TITLE_MOST));
    } else if (title.chars().anyMatch(c -> c == 0)) {
      problems.add(problem("title", "documents.problem.titleCharacters"));
    }
    DocumentType type = type(document.type());
    if (type == null) {
      problems.add(problem("type", "documents.problem.typeMissing"));
    }
    StoredFile file = checkedFile(document, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    String by = currentUsers.current().username();
    long id =
        shelf.isHers()
            ? hers.insert(shelf.pass(), shelf.partnerId(), title, type, file, by, clock.now())
            : cases.insert(shelf.ref(), shelf.childId(), title, type, file, by, clock.now());
    audit.record(Action.CREATE, shelf.audited() + " " + id + " attached", shelf.ref());
    return id;
  }

  private StoredFile checkedFile(NewDocument document, List<FieldProblem> problems) {
    byte[] content = document.content();
    boolean named = document.fileName() != null && !document.fileName().isBlank();
    if (content == null || (content.length == 0 && !named)) {
      problems.add(problem("file", "documents.problem.fileMissing"));
      return null;
    }
    if (content.length == 0) {
      problems.add(problem("file", "documents.problem.fileEmpty"));
      return null;
    }
    if (content.length > mostBytes) {
      problems.add(problem("file", "documents.problem.fileTooBig", mostMegabytes()));
      return null;
    }
    Optional<FileKind> kind = DocumentFiles.detect(content);
    if (kind.isEmpty()) {
      problems.add(problem("file", "documents.problem.fileKind"));
      return null;
    }
    return new StoredFile(
        DocumentFiles.safeName(document.fileName(), kind.get()), kind.get(), content);
  }

  private static DocumentType type(String type) {
    if (type == null) {
      return null;
    }
    for (DocumentType t : DocumentType.values()) {
      if (t.name().equals(type.strip())) {
        return t;
      }
    }
    return null;
  }

  private FieldProblem problem(String field, String code, Object... args) {
    return new FieldProblem(field, say(code, args));
  }

  private String say(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }
}
