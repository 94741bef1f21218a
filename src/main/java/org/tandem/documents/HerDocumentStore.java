package org.tandem.documents;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.web.Paging;

/**
 * Her documents, in partner_document, behind the wall: every query takes the pass for her case and
 * keeps to it.
 */
@Repository
class HerDocumentStore {

  private static final String OF_HER = " WHERE referral_id = :referral AND partner_id = :partner";

  private static final String SUMMARY =
      "SELECT id, title, document_type, file_name, media_type, size_bytes, uploaded_by,"
          + " uploaded_at FROM partner_document";

  private final JdbcClient jdbc;

  HerDocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean herOnCase(WallPass pass, long partnerId) {
    return jdbc.sql("SELECT count(*) FROM partner WHERE id = :partner AND referral_id = :referral")
            .param("partner", partnerId)
            .param("referral", pass.referralId())
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(
      WallPass pass,
      long partnerId,
      String title,
      DocumentType type,
      StoredFile file,
      String by,
      OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO partner_document (referral_id, partner_id, title, document_type,
              file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)
            VALUES (:referral, :partner, :title, :type, :fileName, :mediaType, :size, :content,
              :by, :at)
            RETURNING id
            """)
        .param("referral", pass.referralId())
        .param("partner", partnerId)
        .param("title", title)
        .param("type", type.name())
        .param("fileName", file.fileName())
        .param("mediaType", file.kind().mediaType())
        .param("size", file.content().length)
        .param("content", file.content())
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .single();
  }

  DocumentPage page(WallPass pass, long partnerId, Paging paging) {
    List<DocumentSummary> items =
        jdbc.sql(SUMMARY + OF_HER + " ORDER BY uploaded_at DESC, id DESC LIMIT :size OFFSET :from")
            .param("referral", pass.referralId())
            .param("partner", partnerId)
            .param("size", paging.size())
            .param("from", paging.offset())
            .query(CaseDocumentStore::summary)
            .list();
    long total =
        jdbc.sql("SELECT count(*) FROM partner_document" + OF_HER)
            .param("referral", pass.referralId())
            .param("partner", partnerId)
            .query(Long.class)
            .single();
    return new DocumentPage(items, paging.page(), paging.size(), total);
  }

  Optional<DocumentSummary> summary(WallPass pass, long partnerId, long id) {
    return jdbc.sql(SUMMARY + OF_HER + " AND id = :id")
        .param("referral", pass.referralId())
        .param("partner", partnerId)
        .param("id", id)
        .query(CaseDocumentStore::summary)
        .optional();
  }

  Optional<StoredFile> file(WallPass pass, long partnerId, long id) {
    return jdbc.sql(
            "SELECT file_name, media_type, content FROM partner_document"
                + OF_HER
                + " AND id = :id")
        .param("referral", pass.referralId())
        .param("partner", partnerId)
        .param("id", id)
        .query(CaseDocumentStore::file)
        .optional();
  }
}
