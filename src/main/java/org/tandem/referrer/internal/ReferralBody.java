package org.tandem.referrer.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tandem.referral.OnlineReferrals;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Validation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a referrer's referral from the API exactly: a field it does not have is refused, named,
 * rather than quietly dropped, so an agency's system that sends an area, a source or a referrer
 * learns at once that these come from the referrer's account and not from what it sent. Every
 * problem is answered at once, those of the fields it does have too.
 */
@Component
class ReferralBody {

  /** Who referred, in intake's referral: taken from the account, so never sent by a referrer. */
  static final Map<String, String> FROM_THE_ACCOUNT =
      Map.of(
          "areaId", "referrer.api.problem.area",
          "referralSource", "referrer.api.problem.source",
          "referralSourceOther", "referrer.api.problem.source",
          "referrerName", "referrer.api.problem.referrer",
          "referrerOrganisation", "referrer.api.problem.referrer",
          "referrerPhone", "referrer.api.problem.referrer",
          "referrerEmail", "referrer.api.problem.referrer");

  /**
   * A name an integrator could have meant as a field, repeated in the answer; any other is not,
   * since the caller chose it and it could be anything.
   */
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");

  private final JsonMapper json;
  private final ReferrerWords words;
  private final Validation validation;
  private final OnlineReferrals online;

  ReferralBody(
      JsonMapper json, ReferrerWords words, Validation validation, OnlineReferrals online) {
    this.json = json;
    this.words = words;
    this.validation = validation;
    this.online = online;
  }

  /**
   * The referral sent; 400 naming every field that is not one of it, has the wrong type or breaks a
   * rule.
   */
  ReferrerReferral read(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(
          List.of(words.problem("", "referrer.api.problem.notAnObject")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    fields(body, "", ReferrerReferral.class, problems);
    Optional<ReferrerReferral> sent = convert(body, problems);
    if (problems.isEmpty()) {
      return sent.orElseThrow();
    }
    sent.ifPresent(
        s -> problems.addAll(validation.problems(online.fromMe(s.withoutWhoReferred()))));
    throw new InvalidRequestException(problems);
  }

  /** Each field of the object that the record does not have, and so on into its lists' rows. */
  private void fields(JsonNode object, String path, Class<?> type, List<FieldProblem> problems) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      Optional<RecordComponent> component =
          Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findAny();
      if (component.isPresent()) {
        rows(field.getValue(), path + name, component.get(), problems);
      } else if (path.isEmpty() && FROM_THE_ACCOUNT.containsKey(name)) {
        problems.add(words.problem(name, FROM_THE_ACCOUNT.get(name)));
      } else if (FIELD_NAME.matcher(name).matches()) {
        problems.add(words.problem(path + name, "referrer.api.problem.unknown"));
      } else {
        problems.add(words.problem(withoutDot(path), "referrer.api.problem.unnamed"));
      }
    }
  }

  private static String withoutDot(String path) {
    return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
  }

  private void rows(
      JsonNode value, String path, RecordComponent component, List<FieldProblem> problems) {
    Type type = component.getGenericType();
    if (!value.isArray()
        || !(type instanceof ParameterizedType list)
        || !(list.getActualTypeArguments()[0] instanceof Class<?> row)
        || !row.isRecord()) {
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i).isObject()) {
        fields(value.get(i), path + "[" + i + "].", row, problems);
      }
    }
  }

  /** The referral, or nothing with the field of the wrong type named. */
  private Optional<ReferrerReferral> convert(JsonNode body, List<FieldProblem> problems) {
    try {
      // The fields it does not have are named above already.
      return Optional.of(
          json.readerFor(ReferrerReferral.class)
              .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(body));
    } catch (JacksonException e) {
      // Its message quotes the value sent, so only where it failed is passed on.
      problems.add(words.problem(path(e), "referrer.api.problem.wrongType"));
      return Optional.empty();
    }
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference step : e.getPath()) {
      if (step.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
