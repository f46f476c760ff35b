package dev.lodestar.shared;

/**
 * One broken rule of an input: the field (a JSON property path such as
 * {@code keyResults[0].title}) and what is wrong with it.
 */
public record FieldError(String field, String message) {
}
