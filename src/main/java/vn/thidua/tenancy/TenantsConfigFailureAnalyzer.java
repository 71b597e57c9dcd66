package vn.thidua.tenancy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad tenants-config file into one clear start-up message (no stack trace). */
class TenantsConfigFailureAnalyzer extends AbstractFailureAnalyzer<TenantsConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TenantsConfigException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Sửa tệp cấu hình đã nêu rồi khởi động lại; chưa có thay đổi nào được ghi vào cơ sở dữ liệu. "
                        + "(Fix the named tenants-config file and start again; nothing of this load was applied.) "
                        + "Xem tenants-config/README.md.",
                cause);
    }
}
