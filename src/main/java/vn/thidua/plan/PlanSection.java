package vn.thidua.plan;

/**
 * A numbered section of the body, e.g. heading "I. MỤC ĐÍCH, YÊU CẦU" and its text. The body uses light markup:
 * each line is a paragraph, {@code **bold**}, {@code *italic*}, {@code ++underline++}, a line starting with "# " is
 * a sub-heading.
 */
public record PlanSection(String heading, String body) {}
