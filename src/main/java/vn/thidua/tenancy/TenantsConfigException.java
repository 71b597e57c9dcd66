package vn.thidua.tenancy;

/** A tenants-config file is wrong. The message names the file, the line (when known) and the field. */
public class TenantsConfigException extends RuntimeException {

    private final String file;
    private final Integer line;
    private final String field;

    public TenantsConfigException(String file, Integer line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public Integer line() {
        return line;
    }

    public String field() {
        return field;
    }

    private static String format(String file, Integer line, String field, String problem) {
        StringBuilder b = new StringBuilder("tenants-config: ").append(file);
        if (line != null) {
            b.append(", dòng (line) ").append(line);
        }
        if (field != null) {
            b.append(", trường (field) '").append(field).append('\'');
        }
        return b.append(": ").append(problem).toString();
    }
}
