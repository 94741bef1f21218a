package org.tandem.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * When a restore into an empty database fails after its migrations made the schema, the schema is
 * dropped again, so the database is left empty as it was found and the restore can simply be run
 * again. Objects that belong to an extension installed beforehand are left alone.
 */
final class SchemaUndo {

  private SchemaUndo() {}

  static void dropWhatMigrationsMade(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(
          """
          DO $$
          DECLARE r record;
          BEGIN
            FOR r IN
              SELECT format('DROP %s IF EXISTS public.%I CASCADE',
                            CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                           WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                            c.relname) AS sql
                FROM pg_class c
               WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
               ORDER BY c.relkind DESC
            LOOP EXECUTE r.sql; END LOOP;
            FOR r IN
              SELECT format('DROP FUNCTION IF EXISTS %s CASCADE', p.oid::regprocedure) AS sql
                FROM pg_proc p
               WHERE p.pronamespace = 'public'::regnamespace
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
            LOOP EXECUTE r.sql; END LOOP;
          END $$
          """);
    } catch (SQLException e) {
      throw new BackupException(
          "The restore failed, and the schema it had made could not be dropped again: "
              + e.getMessage(),
          e);
    }
  }
}
