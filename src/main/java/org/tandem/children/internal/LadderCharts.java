package org.tandem.children.internal;

import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.children.ChildWords;
import org.tandem.children.ChildWork;
import org.tandem.children.LadderReading;
import org.tandem.children.SafetyLadder;
import org.tandem.web.BarChart;

/**
 * A child's safety ladder before and after, as bars on the 1 to 10 ladder: the same two readings
 * the summary compares ("3 → 7, up 4"). Templates call it as {@code @ladderCharts.of(child)}.
 */
@Component("ladderCharts")
public class LadderCharts {

  private final MessageSource messages;
  private final ChildWords words;

  LadderCharts(MessageSource messages, ChildWords words) {
    this.messages = messages;
    this.words = words;
  }

  /** The chart of the child's readings, or null when there is no "before" reading to draw. */
  public BarChart of(ChildWork child) {
    ChildWork.Ladder ladder = child.ladder();
    if (ladder.before() == null) {
      return null;
    }
    BarChart chart =
        BarChart.named(
                "ladder-chart-" + child.id(), text("children.chart.ladder", words.label(child)))
            .upTo(SafetyLadder.HIGHEST);
    chart = withReading(chart, "children.chart.before", ladder.before());
    if (ladder.after() != null) {
      chart = withReading(chart, "children.chart.after", ladder.after());
    }
    return chart;
  }

  private BarChart withReading(BarChart chart, String label, LadderReading reading) {
    return chart.bar(
        text(
            label,
            DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale())
                .format(reading.takenOn())),
        reading.rating(),
        text("children.chart.outOf10", reading.rating()));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
