package vn.thidua.catalogue;

/** Who receives an award: a person or a collective (tập thể). */
public enum Subject {
    COLLECTIVE,
    INDIVIDUAL
}
