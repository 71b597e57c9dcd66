/**
 * Submission: the generic send-up mechanism. An upper unit opens a collection round (đợt xét) with a deadline
 * and quotas; a unit sends an immutable snapshot (items + document references) to the unit it reports to, which
 * receives it in its own inbox and accepts or returns it with a reason; every version is kept. Also the
 * attachment store (type sniffed from content, files outside the web root, downloads only where allowed).
 * Nomination dossiers use it today; registration lists and reports reuse it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity"})
package vn.thidua.submission;
