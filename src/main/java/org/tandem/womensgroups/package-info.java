/**
 * The structured women's group: groups that meet weekly, the women in them, and each session's
 * register. All of it is behind the confidentiality wall (who attends, and where and when the women
 * meet), so every query takes a pass and every woman listed is an audited read of her case.
 */
package org.tandem.womensgroups;
