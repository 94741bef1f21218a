package org.tandem.subjectaccess.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tandem.web.DateInput;
import org.tandem.web.FieldProblem;

/** The request form as typed, so that whatever was entered is shown again beside its problem. */
public class SubjectAccessForm {

  private String subject;
  private Disclosure.RequestedBy requestedBy;
  private DateInput receivedOn = new DateInput();
  private String requester;

  /** What the page requires that the API leaves to defaults, each said by {@code say}. */
  List<FieldProblem> missing(Function<String, String> say) {
    List<FieldProblem> problems = new ArrayList<>();
    if (subject == null || subject.isBlank()) {
      problems.add(new FieldProblem("subject", say.apply("subjectaccess.problem.subject")));
    }
    if (requestedBy == null) {
      problems.add(new FieldProblem("requestedBy", say.apply("subjectaccess.problem.requestedBy")));
    }
    if (receivedOn == null || receivedOn.isBlank()) {
      problems.add(new FieldProblem("receivedOn", say.apply("subjectaccess.problem.receivedOn")));
    }
    if (requester == null || requester.isBlank()) {
      problems.add(new FieldProblem("requester", say.apply("subjectaccess.problem.requester")));
    }
    return problems;
  }

  NewRequest toRequest(String reference) {
    return new NewRequest(reference, subject, requestedBy, receivedOn.toDate(), requester);
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public Disclosure.RequestedBy getRequestedBy() {
    return requestedBy;
  }

  public void setRequestedBy(Disclosure.RequestedBy requestedBy) {
    this.requestedBy = requestedBy;
  }

  public DateInput getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(DateInput receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getRequester() {
    return requester;
  }

  public void setRequester(String requester) {
    this.requester = requester;
  }
}
