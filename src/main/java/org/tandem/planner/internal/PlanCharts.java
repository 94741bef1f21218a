package org.tandem.planner.internal;

import java.text.NumberFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.planner.Plan;
import org.tandem.web.BarChart;

/**
 * The plan's first-year cost against the savings it returns, as bars on one scale, so a commissioner
 * sees at a glance whether the savings outweigh the cost. Templates call it as {@code
 * @planCharts.costAndReturn(plan)}.
 */
@Component("planCharts")
public class PlanCharts {

  private final MessageSource messages;

  PlanCharts(MessageSource messages) {
    this.messages = messages;
  }

  public BarChart costAndReturn(Plan plan) {
    Plan.Return r = plan.returnOnInvestment();
    long cost = plan.budget().firstYearForReferrals();
    return BarChart.named("cost-and-return-chart", text("planner.chart.name"))
        .bar(text("planner.chart.cost"), cost, pounds(cost))
        .bar(text("planner.chart.men"), r.savingFromMen(), pounds(r.savingFromMen()))
        .bar(text("planner.chart.partners"), r.savingFromPartners(), pounds(r.savingFromPartners()))
        .bar(text("planner.chart.children"), r.savingFromChildren(), pounds(r.savingFromChildren()))
        .bar(text("planner.chart.saving"), r.saving(), pounds(r.saving()));
  }

  private static String pounds(long pounds) {
    return "£" + NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(pounds);
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
