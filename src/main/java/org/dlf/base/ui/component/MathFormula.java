package org.dlf.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** A LaTeX formula rendered by KaTeX in the browser. */
@Tag("dlf-math")
@NpmPackage(value = "katex", version = "0.16.47")
@JsModule("./components/dlf-math.js")
@CssImport("katex/dist/katex.min.css")
public class MathFormula extends Component {

    public MathFormula(String tex, boolean display) {
        setTex(tex);
        getElement().setAttribute("display", display);
    }

    public void setTex(String tex) {
        getElement().setAttribute("tex", tex);
    }
}
