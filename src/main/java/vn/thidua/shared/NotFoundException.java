package vn.thidua.shared;

/** The requested row does not exist or is not visible to the active unit (both look the same to a user). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
