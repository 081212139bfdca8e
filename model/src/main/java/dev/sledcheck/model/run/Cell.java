package dev.sledcheck.model.run;

/**
 * One (configuration, property) cell of a matrix: what was found and, when a prediction exists,
 * what was predicted ({@code null} otherwise) and why.
 */
public record Cell(String property, Status found, Status predicted, String why) {

    public boolean predictedRight() {
        return predicted == null || predicted == found;
    }
}
