package vn.thidua.shared;

/**
 * A rule was broken by the user's input. Carries an i18n message key (and arguments) that the view translates
 * and shows where the user is.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
