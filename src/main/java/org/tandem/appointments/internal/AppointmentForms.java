package org.tandem.appointments.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.tandem.appointments.AppointmentKind;
import org.tandem.appointments.AppointmentOutcome;
import org.tandem.appointments.AppointmentWords;
import org.tandem.appointments.AskedBy;
import org.tandem.appointments.NewAppointment;
import org.tandem.appointments.OutcomeRecord;
import org.tandem.web.DateInput;
import org.tandem.web.FormProblems;
import org.tandem.web.NumberInput;
import org.tandem.web.VersionedForm;

/**
 * The forms that book an appointment and record its outcome, holding exactly what was typed: the
 * date in three boxes, the time and length as text read here, so a mistake is shown back as it was.
 */
public final class AppointmentForms {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private AppointmentForms() {}

  static LocalTime time(String value) {
    if (NumberInput.isBlank(value)) {
      return null;
    }
    try {
      return LocalTime.parse(value.strip().replace('.', ':'), TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String timeProblem(String value, AppointmentWords words) {
    return !NumberInput.isBlank(value) && time(value) == null
        ? words.say("appointments.problem.timeUnreadable")
        : null;
  }

  /** "Book an appointment". */
  public static class Book {
    private AppointmentKind kind;
    private DateInput date = new DateInput();
    private String time;
    private String minutes = "60";
    private String place;
    private Long workerId;

    FormProblems unreadable(FormProblems problems, AppointmentWords words) {
      return problems
          .date("date", date, words.say("appointments.problem.what.date"))
          .typed("time", timeProblem(time, words))
          .number("minutes", minutes, words.say("appointments.problem.minutesWhole"));
    }

    NewAppointment toNewAppointment() {
      return new NewAppointment(
          kind, date.toDate(), time(time), NumberInput.whole(minutes), place, workerId);
    }

    public AppointmentKind getKind() {
      return kind;
    }

    public void setKind(AppointmentKind kind) {
      this.kind = kind;
    }

    public DateInput getDate() {
      return date;
    }

    public void setDate(DateInput date) {
      this.date = date;
    }

    public String getTime() {
      return time;
    }

    public void setTime(String time) {
      this.time = time;
    }

    public String getMinutes() {
      return minutes;
    }

    public void setMinutes(String minutes) {
      this.minutes = minutes;
    }

    public String getPlace() {
      return place;
    }

    public void setPlace(String place) {
      this.place = place;
    }

    public Long getWorkerId() {
      return workerId;
    }

    public void setWorkerId(Long workerId) {
      this.workerId = workerId;
    }
  }

  /** "Record what happened", with the version of the appointment seen. */
  public static class Outcome extends VersionedForm {
    private AppointmentOutcome outcome;
    private AskedBy askedBy;
    private String reason;
    private DateInput newDate = new DateInput();
    private String newTime;

    FormProblems unreadable(FormProblems problems, AppointmentWords words) {
      return problems
          .date("newDate", newDate, words.say("appointments.problem.what.newDate"))
          .typed("newTime", timeProblem(newTime, words));
    }

    OutcomeRecord toRecord() {
      return new OutcomeRecord(
          outcome, askedBy, reason, newDate.toDate(), time(newTime), getVersion());
    }

    public AppointmentOutcome getOutcome() {
      return outcome;
    }

    public void setOutcome(AppointmentOutcome outcome) {
      this.outcome = outcome;
    }

    public AskedBy getAskedBy() {
      return askedBy;
    }

    public void setAskedBy(AskedBy askedBy) {
      this.askedBy = askedBy;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public DateInput getNewDate() {
      return newDate;
    }

    public void setNewDate(DateInput newDate) {
      this.newDate = newDate;
    }

    public String getNewTime() {
      return newTime;
    }

    public void setNewTime(String newTime) {
      this.newTime = newTime;
    }
  }
}
