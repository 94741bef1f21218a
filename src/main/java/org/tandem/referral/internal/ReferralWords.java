package org.tandem.referral.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormProblems;
import org.tandem.web.InvalidRequestException;

/**
 * Referrals' and cases' own problems, banners and labels in the language the user reads: the rules
 * name each wording by its key in messages-referral, and this turns the key into words for the page
 * or the API's problem details.
 */
@Component
public class ReferralWords {

  private final MessageSource messages;

  ReferralWords(MessageSource messages) {
    this.messages = messages;
  }

  /** A problem beside its field. */
  public FieldProblem problem(String field, String key) {
    return new FieldProblem(field, say(key));
  }

  /** A request refused with one problem beside its field. */
  public InvalidRequestException refused(String field, String key) {
    return new InvalidRequestException(List.of(problem(field, key)));
  }

  /** The referral form's dates and numbers that were typed but cannot be read. */
  FormProblems typedInto(ReferralForm form, FormProblems problems) {
    problems
        .date("referredOn", form.getReferredOn(), say("referral.date.referredOn"))
        .date("manDateOfBirth", form.getManDateOfBirth(), say("referral.date.hisDateOfBirth"));
    for (int i = 0; i < form.getChildren().size(); i++) {
      problems.number(
          "children[" + i + "].ageYears",
          form.getChildren().get(i).getAgeYears(),
          say("referral.problem.theChildsAgeMustBeANumber"));
    }
    return problems;
  }

  public String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
