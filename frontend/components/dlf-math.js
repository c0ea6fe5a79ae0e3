// <dlf-math tex="..." [display]>: renders LaTeX with KaTeX in the light DOM.
// A formula KaTeX cannot parse is shown as its source with class "math-error" (the build's browser test
// renders every formula of every chapter and fails on any such error).
import katex from 'katex';

class DlfMath extends HTMLElement {
  static get observedAttributes() {
    return ['tex', 'display'];
  }

  connectedCallback() {
    this._render();
  }

  attributeChangedCallback() {
    if (this.isConnected) this._render();
  }

  _render() {
    const tex = this.getAttribute('tex') || '';
    const display = this.hasAttribute('display');
    try {
      katex.render(tex, this, { displayMode: display, throwOnError: true, strict: 'ignore', output: 'htmlAndMathml' });
      this.classList.remove('math-error');
      this.removeAttribute('data-error');
    } catch (e) {
      this.textContent = tex;
      this.classList.add('math-error');
      this.setAttribute('data-error', String(e && e.message ? e.message : e));
    }
  }
}

customElements.define('dlf-math', DlfMath);
