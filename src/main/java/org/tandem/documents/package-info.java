/**
 * Documents attached to a case: his, a child's, and hers behind the wall. Files are kept in
 * PostgreSQL with the case, their kind read from their content, and every download and preview is
 * audited.
 */
package org.tandem.documents;
