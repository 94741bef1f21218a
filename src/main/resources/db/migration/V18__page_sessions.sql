-- Page sessions live in the database, so a practitioner sent to another node by the proxy stays
-- signed in. These are the tables Spring Session JDBC ships for PostgreSQL
-- (org/springframework/session/jdbc/schema-postgresql.sql, Spring Session 4.1.0), made here so
-- Flyway owns the whole schema; spring.session.jdbc.initialize-schema is never.
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

COMMENT ON TABLE spring_session IS 'A signed-in (or signing-in) browser session, shared by every node; expired rows are deleted by each node''s session clean-up every minute';
COMMENT ON COLUMN spring_session.primary_id IS '[open] the row''s own id, which never leaves the server';
COMMENT ON COLUMN spring_session.session_id IS '[open] the id the browser holds in its session cookie; changed at sign-in';
COMMENT ON COLUMN spring_session.creation_time IS '[open] when the session began, in milliseconds since 1970';
COMMENT ON COLUMN spring_session.last_access_time IS '[open] the session''s last request, in milliseconds since 1970';
COMMENT ON COLUMN spring_session.max_inactive_interval IS '[open] the idle timeout in seconds (TANDEM_IDLE_TIMEOUT)';
COMMENT ON COLUMN spring_session.expiry_time IS '[open] when the session ends unless used again, in milliseconds since 1970';
COMMENT ON COLUMN spring_session.principal_name IS '[open] the username signed in with the session, if any';
COMMENT ON TABLE spring_session_attributes IS 'What a session holds between requests, serialized by Java';
COMMENT ON COLUMN spring_session_attributes.session_primary_id IS '[open] the session the attribute belongs to';
COMMENT ON COLUMN spring_session_attributes.attribute_name IS '[open] the attribute''s name, e.g. the security context, the CSRF token, the flash messages for the next page';
COMMENT ON COLUMN spring_session_attributes.attribute_bytes IS '[open] the attribute serialized: the signed-in user and roles, the CSRF token, the page asked for before sign-in, and the confirmation the next page shows (it may name a case, a child''s first name or, for her own worker, her DASH score); read back only by the same session, the confirmation once and then removed; never a submitted form, which is shown again in the same request when it has mistakes';
