package org.tandem.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.CaseRef;
import org.tandem.web.Paging;

/** His documents and each child's, in case_document: open to the case's roles. */
@Repository
class CaseDocumentStore {

  /** A child's documents, or his when the child is null (IS NOT DISTINCT FROM matches null). */
  private static final String OF_SHELF =
      " WHERE referral_id = :referral AND child_id IS NOT DISTINCT FROM CAST(:child AS bigint)";

  private static final String SUMMARY =
      "SELECT id, title, document_type, file_name, media_type, size_bytes, uploaded_by,"
          + " uploaded_at FROM case_document";

  private final JdbcClient jdbc;

  CaseDocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean childOnCase(CaseRef ref, long childId) {
    return jdbc.sql("SELECT count(*) FROM child WHERE id = :child AND referral_id = :referral")
            .param("child", childId)
            .param("referral", ref.referralId())
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(
      CaseRef ref,
      Long childId,
      String title,
      DocumentType type,
      StoredFile file,
      String by,
      OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO case_document (referral_id, child_id, title, document_type, file_name,
              media_type, size_bytes, content, uploaded_by, uploaded_at)
            VALUES (:referral, :child, :title, :type, :fileName, :mediaType, :size, :content,
              :by, :at)
            RETURNING id
            """)
        .param("referral", ref.referralId())
        .param("child", childId)
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

  DocumentPage page(CaseRef ref, Long childId, Paging paging) {
    List<DocumentSummary> items =
        jdbc.sql(
                SUMMARY + OF_SHELF + " ORDER BY uploaded_at DESC, id DESC LIMIT :size OFFSET :from")
            .param("referral", ref.referralId())
            .param("child", childId)
            .param("size", paging.size())
            .param("from", paging.offset())
            .query(CaseDocumentStore::summary)
            .list();
    long total =
        jdbc.sql("SELECT count(*) FROM case_document" + OF_SHELF)
            .param("referral", ref.referralId())
            .param("child", childId)
            .query(Long.class)
            .single();
    return new DocumentPage(items, paging.page(), paging.size(), total);
  }

  Optional<DocumentSummary> summary(CaseRef ref, Long childId, long id) {
    return jdbc.sql(SUMMARY + OF_SHELF + " AND id = :id")
        .param("referral", ref.referralId())
        .param("child", childId)
        .param("id", id)
        .query(CaseDocumentStore::summary)
        .optional();
  }

  Optional<StoredFile> file(CaseRef ref, Long childId, long id) {
    return jdbc.sql(
            "SELECT file_name, media_type, content FROM case_document" + OF_SHELF + " AND id = :id")
        .param("referral", ref.referralId())
        .param("child", childId)
        .param("id", id)
        .query(CaseDocumentStore::file)
        .optional();
  }

  static DocumentSummary summary(ResultSet rs, int row) throws SQLException {
    return new DocumentSummary(
        rs.getLong("id"),
        rs.getString("title"),
        DocumentType.valueOf(rs.getString("document_type")),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getInt("size_bytes"),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class));
  }

  static StoredFile file(ResultSet rs, int row) throws SQLException {
    return new StoredFile(
        rs.getString("file_name"),
        FileKind.of(rs.getString("media_type")).orElseThrow(),
        rs.getBytes("content"));
  }
}
