// <dlf-math tex="..." [display]>: renders LaTeX with KaTeX in the light DOM.
// A formula KaTeX cannot parse is shown as its source with class "math-error" (the build's browser test
// renders every formula of every chapter and fails on any such error).
import katex from 'katex';

// A display formula wider than its column scrolls sideways; while it does, it is focusable, so that the
// keyboard can scroll it too (and axe's scrollable-region-focusable holds).
const overflow = new ResizeObserver((entries) => entries.forEach((e) => markScrollable(e.target)));

function markScrollable(el) {
  if (el.scrollWidth > el.clientWidth + 1) {
    el.setAttribute('tabindex', '0');
  } else {
    el.removeAttribute('tabindex');
  }
}

class DlfMath extends HTMLElement {
  static get observedAttributes() {
    return ['tex', 'display'];
  }

  connectedCallback() {
    this._render();
    if (this.hasAttribute('display')) overflow.observe(this);
  }

  disconnectedCallback() {
    overflow.unobserve(this);
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
      if (display) markScrollable(this);
    } catch (e) {
      this.textContent = tex;
      this.classList.add('math-error');
      this.setAttribute('data-error', String(e && e.message ? e.message : e));
    }
  }
}

customElements.define('dlf-math', DlfMath);
