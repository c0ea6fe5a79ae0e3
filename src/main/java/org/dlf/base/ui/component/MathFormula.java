package org.dlf.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Optional;
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
        Optional<String> typeset = MathCache.shared().html(tex, display);
        getElement().setAttribute("rendered", typeset.isPresent());
        InnerHtml.set(this, typeset.map(MathFormula::katex).orElse(Markup.EMPTY));
    }

    /** {@code <dlf-math>} of an inline formula, typeset when {@link MathCache} has it. */
    public static Markup inline(String tex) {
        Optional<String> typeset = MathCache.shared().html(tex, false);
        Markup.Builder html =
                Markup.builder().start("dlf-math").attr("tex", tex).flag("rendered", typeset.isPresent());
        typeset.ifPresent(t -> html.append(katex(t)));
        return html.end().build();
    }

    /** KaTeX's output for a formula of the course, made by our build (DD011): trusted like the sanitised text. */
    private static Markup katex(String typeset) {
        return Markup.sanitized(typeset);
    }
}
