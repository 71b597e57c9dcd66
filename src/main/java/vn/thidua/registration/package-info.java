/**
 * Registration of emulation titles (đăng ký thi đua): at the start of a school year a unit opens a registration
 * round with a deadline and targets (e.g. 100 % of staff register Lao động tiên tiến, 20 % Chiến sĩ thi đua cơ sở,
 * the unit registers Tập thể lao động xuất sắc); each staff member registers their own target titles (titles only;
 * an award form in its own field) with a short commitment until the deadline; the unit registers its collective
 * titles and marks candidates for advanced models (điển hình tiên tiến); the officer sees achieved against required
 * per target and who has not registered, exports the official list (DOCX, XLSX) and sends it up through the
 * submission mechanism ({@code RoundKind.REGISTRATION}). {@link vn.thidua.registration.RegistrationService#registeredTitles}
 * gives the eligibility engine the titles each person registered.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "catalogue", "submission", "document"})
package vn.thidua.registration;
