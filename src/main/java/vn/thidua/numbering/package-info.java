/**
 * Numbering: the register of outgoing documents (sổ đăng ký văn bản đi). Every number of a unit's official
 * documents — plans, decisions, tờ trình — comes from one series per issuer and year, restarting each year; the
 * emulation council (Hội đồng TĐKT) keeps its own series (Decree 30/2020, Appendix I). Two people issuing at the
 * same moment never get the same number: the series row is locked while a number is taken.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy"})
package vn.thidua.numbering;
