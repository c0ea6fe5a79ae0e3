package org.dlf.charts;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The charts' own words, in the reader's language: the keyboard help of a chart that takes points, a count of
 * points (a {@link MessageFormat} pattern with a choice, so that 1 point is not "1 points"), and the
 * punctuation of the text summaries ({@code "Epoch 120: training loss 0.031, test loss 0.045"}).
 */
public record ChartTexts(String keyboardHelp, String pointsPattern, String colon, String comma) {

    public static final ChartTexts ENGLISH = of(
            "Keyboard: the arrow keys move the cursor (with Shift in finer steps), Enter or Space adds a point there.",
            "{0,choice,0#no points|1#1 point|1<{0,number,integer} points}",
            Locale.ENGLISH);

    /** English punctuation, or Chinese full-width punctuation for a Chinese locale. */
    public static ChartTexts of(String keyboardHelp, String pointsPattern, Locale locale) {
        return locale.getLanguage().equals("zh")
                ? new ChartTexts(keyboardHelp, pointsPattern, "：", "，")
                : new ChartTexts(keyboardHelp, pointsPattern, ": ", ", ");
    }

    /** "3 points", "1 point", "3 个点". */
    public String points(int count) {
        return new MessageFormat(pointsPattern, Locale.ROOT).format(new Object[] {count});
    }
}
