package org.dlf.engine;

/**
 * Loss and accuracy after an epoch, on the training set and (NaN when there is none) the test set.
 * Loss is the mean per-sample loss; accuracy the fraction classified right by the first output.
 */
public record EpochResult(int epoch, double loss, double accuracy, double testLoss, double testAccuracy) {
    public boolean hasTest() {
        return !Double.isNaN(testLoss);
    }
}
