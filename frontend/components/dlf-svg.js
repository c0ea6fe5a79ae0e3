// <dlf-svg>: shows SVG markup produced on the server (already sanitised there) in the SVG namespace,
// and reports activation of any element carrying data-key (click, or Enter/Space when focused).
class DlfSvg extends HTMLElement {
  set markup(value) {
    this._markup = value;
    this.innerHTML = value || '';
  }

  get markup() {
    return this._markup;
  }

  connectedCallback() {
    if (this._wired) return;
    this._wired = true;
    const fire = (target) => {
      const el = target && target.closest ? target.closest('[data-key]') : null;
      if (el && this.contains(el)) {
        this.dispatchEvent(new CustomEvent('dlf-svg-select', { detail: { key: el.getAttribute('data-key') } }));
      }
    };
    this.addEventListener('click', (e) => fire(e.target));
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        const el = e.target.closest ? e.target.closest('[data-key]') : null;
        if (el) {
          e.preventDefault();
          fire(el);
        }
      }
    });
  }
}

customElements.define('dlf-svg', DlfSvg);
