package org.tandem.mywork;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseRef;

/**
 * One line of a list and the case it was read from, so the audit records exactly the cases a
 * section shows and nothing it only counted.
 */
record Listed<T>(T line, CaseRef readFrom, long total) {

  static CaseRef caseOf(ResultSet rs) throws SQLException {
    return new CaseRef(rs.getLong("referral_id"), rs.getString("reference"), rs.getLong("area_id"));
  }

  /** Records the cases shown, then gives the lines. */
  static <T> List<T> recorded(AuditLog audit, String list, List<Listed<T>> rows) {
    audit.recordList(list, rows.stream().map(Listed::readFrom).toList());
    return rows.stream().map(Listed::line).toList();
  }

  /** The total the query counted beside its page (count(*) over the whole list). */
  static long total(List<? extends Listed<?>> rows) {
    return rows.isEmpty() ? 0 : rows.get(0).total();
  }
}
