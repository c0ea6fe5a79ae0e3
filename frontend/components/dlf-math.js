// <dlf-math tex="..." [display] [rendered]>: a LaTeX formula. The server sends the course's formulas already
// typeset by KaTeX (attribute "rendered"; org.dlf.content.MathCache), so most pages never load KaTeX. Any other
// formula (a number a learner typed, text newer than the cache) is typeset here when it comes near the screen,
// or once the page is idle after loading, whichever is first: so a screen reader, a search in the page and
// print find every formula, while the first paint never waits for KaTeX, which is a separate chunk. Options as in .ci/render-formulas.mjs.
// A formula KaTeX cannot parse is shown as its source with class "math-error" (the build's browser test
// renders every formula of every chapter and fails on any such error).
let katexLoading = null;
const loadKatex = () => (katexLoading ??= import('katex').then((m) => m.default));

const nearScreen = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        nearScreen.unobserve(entry.target);
        entry.target._typeset();
      }
    }
  },
  { rootMargin: '600px 0px' }
);

// Formulas still waiting when the browser is first idle after the page has loaded.
const waiting = new Set();
let idleScheduled = false;
function typesetWhenIdle(el) {
  waiting.add(el);
  if (idleScheduled) return;
  idleScheduled = true;
  const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 200));
  const run = () =>
    idle(
      () => {
        idleScheduled = false;
        const all = [...waiting];
        waiting.clear();
        all.filter((m) => m.isConnected).forEach((m) => m._typeset());
      },
      { timeout: 3000 }
    );
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}

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
    return ['tex', 'display', 'rendered'];
  }

  connectedCallback() {
    this._update();
    if (this.hasAttribute('display')) overflow.observe(this);
  }

  disconnectedCallback() {
    nearScreen.unobserve(this);
    overflow.unobserve(this);
    waiting.delete(this);
  }

  attributeChangedCallback() {
    if (this.isConnected) this._update();
  }

  _update() {
    // observing afresh reports the current intersection again, so a changed formula on screen is typeset at once
    nearScreen.unobserve(this);
    if (!this.hasAttribute('rendered')) {
      nearScreen.observe(this);
      typesetWhenIdle(this);
    }
  }

  async _typeset() {
    const tex = this.getAttribute('tex') || '';
    const display = this.hasAttribute('display');
    nearScreen.unobserve(this);
    waiting.delete(this);
    const katex = await loadKatex();
    const current = (this.getAttribute('tex') || '') + (display ? '|d' : '');
    if (this.hasAttribute('rendered') || tex !== (this.getAttribute('tex') || '') || this._typesetFor === current) return;
    this._typesetFor = current;
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
