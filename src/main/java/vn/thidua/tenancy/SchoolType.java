package vn.thidua.tenancy;

/** School types (loại hình trường) with the short codes used in data and document numbers. */
public enum SchoolType {
    NT,
    MG,
    MN,
    TH,
    THCS,
    THPT,
    TH_THCS,
    THCS_THPT,
    PT_NHIEU_CAP,
    PTDTNT,
    PTDTBT,
    GDTX
}
