package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.calendar.ServiceClock;

/** Her letter and pack are due in working days, like every prompt to contact her. */
class LetterDueTest extends TandemTest {

  @Test
  void aReferralOnFridayEveningIsDueOnTuesdayNotSunday() {
    TestArea area = newArea();
    clock.travelTo(LocalDateTime.of(2026, 12, 4, 17, 41));

    String reference = newCase(area);

    OffsetDateTime due =
        jdbc.sql(
                """
                SELECT t.due_at FROM partner_support_task t JOIN referral r ON r.id = t.referral_id
                WHERE r.reference = :r AND t.kind = 'SEND_LETTER_AND_PACK'
                """)
            .param("r", reference)
            .query(OffsetDateTime.class)
            .single();
    assertThat(due.atZoneSameInstant(ServiceClock.ZONE).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 12, 8, 17, 41));
  }
}
