package org.tandem.children;

import java.util.List;

/** Every child named in a case's referral, with the children's work done with each. */
public record CaseChildren(String reference, List<ChildWork> children) {}
