/**
 * Document: renders official documents (Decree 30/2020 layout) as DOCX, tabular lists as XLSX and certificates as
 * PDF; pure functions of their input, using no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.thidua.document;
