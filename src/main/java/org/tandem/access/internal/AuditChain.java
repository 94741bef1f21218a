package org.tandem.access.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.access.AuditLog;

/**
 * The audit trail's hash chain (V48): seals the entries written since the last run, a moment after
 * they are written rather than as each is inserted, so that no request waits on another to audit;
 * and walks the chain to find the first entry that was changed, deleted or slipped in.
 */
@Service
class AuditChain {

  static final String ADMINISTRATOR = "hasRole('SYSTEM_ADMINISTRATOR')";

  /** Sealed in transactions of at most this many, so a big export's entries never hold one long. */
  private static final int MOST_PER_SEAL = 10_000;

  /** The chain checked: intact, or the first entry where it breaks. */
  record Verification(
      boolean intact,
      long entries,
      Long brokenAt,
      Long chainPosition,
      String problem,
      String head) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditLog audit;

  AuditChain(JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
  }

  @Scheduled(
      fixedDelayString = "${tandem.audit.seal-every:5s}",
      initialDelayString = "${tandem.audit.seal-every:5s}")
  void onSchedule() {
    sealAll();
  }

  /** Seals every committed entry not yet in the chain; how many were sealed. */
  long sealAll() {
    long sealed = 0;
    int batch;
    do {
      batch =
          transactions.execute(
              s ->
                  jdbc.sql("SELECT audit_seal(:most)")
                      .param("most", MOST_PER_SEAL)
                      .query(Integer.class)
                      .single());
      sealed += batch;
    } while (batch == MOST_PER_SEAL);
    return sealed;
  }

  /** Checks the chain for a person, and records that they did: the trail shows who looked. */
  Verification verifyRecorded() {
    Verification result = verify();
    audit.record(AuditLog.Action.READ, "audit chain checked", null);
    return result;
  }

  /** Seals what is waiting, then checks the whole chain from its first link. */
  Verification verify() {
    sealAll();
    return transactions.execute(
        s ->
            jdbc.sql("SELECT entries, broken_at, chain_seq, problem, head FROM audit_verify()")
                .query(
                    (rs, i) -> {
                      Long brokenAt = rs.getObject("broken_at", Long.class);
                      return new Verification(
                          brokenAt == null,
                          rs.getLong("entries"),
                          brokenAt,
                          rs.getObject("chain_seq", Long.class),
                          rs.getString("problem"),
                          rs.getString("head"));
                    })
                .single());
  }
}
