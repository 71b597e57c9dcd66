package vn.thidua.shared;

import java.util.Optional;

/** Ids typed into URLs: anything that is not a positive number is simply "not found". */
public final class RouteIds {

    private RouteIds() {}

    public static Optional<Long> parse(Optional<String> raw) {
        return raw.map(value -> {
            try {
                long id = Long.parseLong(value);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new NotFoundException("id " + value);
        });
    }
}
