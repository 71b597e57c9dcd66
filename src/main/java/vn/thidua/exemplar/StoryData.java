package vn.thidua.exemplar;

/** What the unit writes in a story (the exemplar is chosen when the story is created). */
public record StoryData(String title, String text, String achievements, StoryAudience audience) {}
