package vn.thidua.plan;

import java.util.List;

/**
 * A table attached to the plan on its own page, e.g. "DANH SÁCH ĐĂNG KÝ XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN" with the
 * columns "TT | Họ và tên | Chức vụ".
 */
public record PlanAnnex(String title, String subtitle, List<String> columns, List<List<String>> rows) {

    public PlanAnnex {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null
                ? List.of()
                : rows.stream()
                        .map(r -> r == null
                                ? List.<String>of()
                                : r.stream().map(c -> c == null ? "" : c).toList())
                        .toList();
    }
}
