package org.dlf.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.dlf.content.MathCache;

/**
 * A LaTeX formula, typeset by KaTeX: sent already typeset when {@link MathCache} has it, otherwise typeset in the
 * browser.
 */
@Tag("dlf-math")
@NpmPackage(value = "katex", version = "0.16.47")
@JsModule("./components/dlf-math.js")
@CssImport("katex/dist/katex.min.css")
public class MathFormula extends Component {

    private final boolean display;

    public MathFormula(String tex, boolean display) {
        this.display = display;
        getElement().setAttribute("display", display);
        setTex(tex);
    }

    public void setTex(String tex) {
        getElement().setAttribute("tex", tex);
        String typeset = MathCache.shared().html(tex, display).orElse("");
        getElement().setAttribute("rendered", !typeset.isEmpty());
        getElement().setProperty("innerHTML", typeset);
    }

    /** {@code <dlf-math>} markup of an inline formula, typeset when the cache has it; {@code tex} is escaped. */
    public static String inlineMarkup(String tex) {
        return MathCache.shared()
                .html(tex, false)
                .map(typeset -> "<dlf-math rendered tex=\"" + TextMarkup.escape(tex) + "\">" + typeset + "</dlf-math>")
                .orElseGet(() -> "<dlf-math tex=\"" + TextMarkup.escape(tex) + "\"></dlf-math>");
    }
}
