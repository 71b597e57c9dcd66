package vn.thidua.exemplar;

import vn.thidua.tenancy.SchoolType;

/** Search of the gallery; a null criterion matches everything. */
public record GalleryFilter(ExemplarField field, SchoolType schoolType, String schoolYear) {}
