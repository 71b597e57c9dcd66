/** Shared kernel: small value types and events every module may use. Depends on nothing. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.thidua.shared;
