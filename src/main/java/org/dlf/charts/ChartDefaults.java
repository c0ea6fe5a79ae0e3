package org.dlf.charts;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The theme and texts of every chart in one browser tab. The application sets them whenever the colour scheme
 * or the language changes; each chart takes them when attached and follows every later change.
 */
public final class ChartDefaults {

    /** What the charts of one UI use. */
    record Settings(ChartTheme theme, ChartTexts texts) {}

    /** Fired on the UI when its charts' settings change. */
    static final class Changed extends ComponentEvent<UI> {
        Changed(UI ui) {
            super(ui, false);
        }
    }

    private static final Settings DEFAULT = new Settings(ChartTheme.LIGHT, ChartTexts.ENGLISH);

    private ChartDefaults() {}

    /** Sets the theme and texts of this UI's charts, those attached now and those to come. */
    public static void set(UI ui, ChartTheme theme, ChartTexts texts) {
        Settings next = new Settings(theme, texts);
        if (!next.equals(ComponentUtil.getData(ui, Settings.class))) {
            ComponentUtil.setData(ui, Settings.class, next);
            ComponentUtil.fireEvent(ui, new Changed(ui));
        }
    }

    static Settings of(UI ui) {
        Settings settings = ComponentUtil.getData(ui, Settings.class);
        return settings == null ? DEFAULT : settings;
    }
}
