// <dlf-chart>: a Chart.js 4 chart configured from the server (org.dlf.charts.ChartComponent). See README.md.
//
// - Colours in the configuration are theme roles ("@series-1", "@positive", …), resolved against the theme
//   the server passes in (setTheme): light and dark give the same readable charts whatever decided the scheme
//   (a toggle or the operating system). No getComputedStyle, no Chart.js global defaults touched: every
//   colour and font goes into this chart's own options.
// - Accessible: the canvas is an image (or, when it takes points, an application) with the name given by the
//   server, described by a short text summary that is also shown under the chart and announced politely, at
//   most every couple of seconds. A chart that takes points has a keyboard cursor: arrow keys move it,
//   Enter or Space adds a point there (the same event as a click).
// - Incremental updates (appendPoints, replaceData, setHeatmap) never re-create the chart.
// - No eval or Function(): works under a Content-Security-Policy without 'unsafe-eval'.
import {
  Chart,
  Legend,
  LinearScale,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(ScatterController, PointElement, LineElement, LinearScale, LogarithmicScale, Legend, Tooltip);

const ANNOUNCE_INTERVAL_MS = 2500;

// The element's own layout, once per document (a constructed style sheet: allowed under a strict CSP). The
// page may override any of it; the chart's height is the element's height (e.g. set from the server).
const STYLES = new CSSStyleSheet();
STYLES.replaceSync(`
dlf-chart { display: flex; flex-direction: column; width: 100%; min-height: 220px; }
dlf-chart .dlf-chart-canvas { position: relative; flex: 1 1 auto; min-height: 180px; }
dlf-chart canvas { position: absolute; inset: 0; }
dlf-chart canvas:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
dlf-chart .dlf-chart-summary, dlf-chart .dlf-chart-help { margin: 0.25em 0 0; font-size: 0.875em; line-height: 1.4; }
dlf-chart .dlf-chart-summary:empty { display: none; }
dlf-chart .dlf-chart-live,
dlf-chart:not(:focus-within) .dlf-chart-help {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
@media print { dlf-chart .dlf-chart-help { display: none; } }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, STYLES];
const CURSOR_STEPS = 20;

/** The decision-boundary heatmap under the datasets; registered per chart, never globally. */
const heatmapPlugin = {
  id: 'dlfHeatmap',
  beforeDatasetsDraw(chart, _args, opts) {
    const grid = opts && opts.values;
    const size = opts && opts.size;
    const colours = opts && opts.colours;
    if (!grid || !size || !colours || grid.length !== size * size) return;
    const { ctx, chartArea, scales } = chart;
    const left = scales.x.getPixelForValue(opts.xMin);
    const right = scales.x.getPixelForValue(opts.xMax);
    const top = scales.y.getPixelForValue(opts.yMax);
    const bottom = scales.y.getPixelForValue(opts.yMin);
    const cw = (right - left) / size;
    const ch = (bottom - top) / size;
    const [neg, mid, pos] = colours;
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
    ctx.clip();
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        // values[row * size + col]: row 0 is the bottom (yMin) of the range; value in [0, 1]
        const t = Math.max(0, Math.min(1, grid[row * size + col]));
        const c = t < 0.5 ? mix(neg, mid, t * 2) : mix(mid, pos, (t - 0.5) * 2);
        ctx.fillStyle = `rgba(${c[0]},${c[1]},${c[2]},${opts.alpha ?? 0.55})`;
        ctx.fillRect(left + col * cw, bottom - (row + 1) * ch, Math.ceil(cw), Math.ceil(ch));
      }
    }
    ctx.restore();
  },
};

/** The keyboard cursor: a crosshair at the cursor while the canvas has the focus. */
const cursorPlugin = {
  id: 'dlfCursor',
  afterDatasetsDraw(chart, _args, opts) {
    const cursor = opts && opts.at;
    if (!cursor || !opts.visible) return;
    const { ctx, chartArea, scales } = chart;
    const px = scales.x.getPixelForValue(cursor.x);
    const py = scales.y.getPixelForValue(cursor.y);
    ctx.save();
    ctx.strokeStyle = opts.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(px, chartArea.top);
    ctx.lineTo(px, chartArea.bottom);
    ctx.moveTo(chartArea.left, py);
    ctx.lineTo(chartArea.right, py);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(px, py, 8, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.restore();
  },
};

/** "#rrggbb" → [r, g, b]; the server's themes give every heatmap colour in this form. */
function rgb(hex) {
  const m = /^#([0-9a-f]{6})$/i.exec(hex || '');
  if (!m) return [128, 128, 128];
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a, b, t) {
  return [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t));
}

/** A copy of the configuration with every "@role" string replaced by the theme's colour for it. */
function resolve(value, colours) {
  if (typeof value === 'string') {
    return value.startsWith('@') && colours[value.slice(1)] ? colours[value.slice(1)] : value;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, colours));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'data' && Array.isArray(v) ? v : resolve(v, colours);
    return out;
  }
  return value;
}

/** Text, grid and font of the theme written into this chart's own options (never into Chart.defaults). */
function themedOptions(options, theme) {
  const font = { family: theme.font };
  const out = { ...options, color: theme.text, borderColor: theme.grid, font };
  out.scales = {};
  for (const [id, scale] of Object.entries(options.scales || {})) {
    out.scales[id] = {
      ...scale,
      ticks: { ...(scale.ticks || {}), color: theme.text, font },
      title: { ...(scale.title || {}), color: theme.text, font },
      grid: { ...(scale.grid || {}), color: theme.grid },
      border: { ...(scale.border || {}), color: theme.grid },
    };
  }
  const plugins = { ...(options.plugins || {}) };
  const legend = plugins.legend || {};
  // a dataset without a label (an unused slot) stays out of the legend
  const filter = (item) => typeof item.text === 'string' && item.text !== '';
  plugins.legend = { ...legend, labels: { ...(legend.labels || {}), color: theme.text, font, filter } };
  plugins.tooltip = { ...(plugins.tooltip || {}), titleFont: font, bodyFont: font };
  out.plugins = plugins;
  out.maintainAspectRatio = false;
  out.responsive = true;
  return out;
}

const LIGHT = {
  text: '#3b4451',
  grid: 'rgba(0,0,0,0.1)',
  font: 'system-ui, sans-serif',
  colours: {},
};

let ids = 0;

class DlfChart extends HTMLElement {
  constructor() {
    super();
    this._raw = null;
    this._chart = null;
    this._theme = LIGHT;
    this._name = '';
    this._summary = '';
    this._pointInput = false;
    this._cursor = null;
    this._announceTimer = null;
    this._announcedAt = 0;
  }

  connectedCallback() {
    // properties the server set before this module was loaded are plain fields on the element: take them over
    for (const name of ['accessibleName', 'summary', 'keyboardHelp']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._canvas) this._build();
    if (this._raw && !this._chart) this._create();
  }

  disconnectedCallback() {
    clearTimeout(this._announceTimer);
    this._announceTimer = null;
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  /** The canvas in a box of its own (Chart.js sizes it to that box), then the help and the summary. */
  _build() {
    const id = `dlf-chart-${++ids}`;
    const box = document.createElement('div');
    box.className = 'dlf-chart-canvas';
    this._canvas = document.createElement('canvas');
    this._canvas.addEventListener('click', (e) => this._onClick(e));
    this._canvas.addEventListener('keydown', (e) => this._onKey(e));
    this._canvas.addEventListener('focus', () => this._showCursor(true));
    this._canvas.addEventListener('blur', () => this._showCursor(false));
    box.appendChild(this._canvas);
    this._help = document.createElement('p');
    this._help.className = 'dlf-chart-help';
    this._help.id = `${id}-help`;
    this._summaryText = document.createElement('p');
    this._summaryText.className = 'dlf-chart-summary';
    this._summaryText.id = `${id}-summary`;
    this._live = document.createElement('p');
    this._live.className = 'dlf-chart-live';
    this._live.setAttribute('aria-live', 'polite');
    this.append(box, this._help, this._summaryText, this._live);
    this._summaryText.textContent = this._summary;
    this._applyAccessibility();
  }

  /** The chart's accessible name (its canvas is named, whenever the canvas is made). */
  set accessibleName(text) {
    this._name = text || '';
    this._applyAccessibility();
  }

  get accessibleName() {
    return this._name;
  }

  /** A short text summary of what the chart shows now; shown under it, announced at most every 2.5 s. */
  set summary(text) {
    this._summary = text || '';
    if (!this._summaryText) return;
    this._summaryText.textContent = this._summary;
    this._scheduleAnnouncement();
  }

  get summary() {
    return this._summary;
  }

  /** Whether the plot takes points: keyboard cursor on, with this help text (empty = off). */
  set keyboardHelp(text) {
    this._keyboardHelp = text || '';
    this._pointInput = !!this._keyboardHelp;
    this._applyAccessibility();
  }

  get keyboardHelp() {
    return this._keyboardHelp || '';
  }

  /** The theme (JSON: text, grid, font, colours by role); the chart restyles at once. */
  setTheme(json) {
    this._theme = JSON.parse(json);
    if (this._chart) this._restyle();
  }

  _applyAccessibility() {
    if (!this._canvas) return;
    const c = this._canvas;
    c.setAttribute('aria-label', this._name);
    c.setAttribute('role', this._pointInput ? 'application' : 'img');
    const described = [this._pointInput ? this._help.id : null, this._summaryText.id].filter(Boolean);
    c.setAttribute('aria-describedby', described.join(' '));
    if (this._pointInput) c.setAttribute('tabindex', '0');
    else c.removeAttribute('tabindex');
    this._help.textContent = this._pointInput ? this._keyboardHelp : '';
    this._help.hidden = !this._pointInput;
  }

  /** Replaces the whole configuration (JSON; colours as "@role"). */
  setConfig(json) {
    this._raw = JSON.parse(json);
    this._cursor = null;
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    if (this.isConnected) this._create();
  }

  /** Appends points to one dataset, dropping the oldest beyond maxPoints (0 = keep all). */
  appendPoints(datasetIndex, pointsJson, maxPoints) {
    const raw = this._raw && this._raw.data.datasets[datasetIndex];
    if (!raw) return;
    raw.data = raw.data || [];
    raw.data.push(...JSON.parse(pointsJson));
    if (maxPoints > 0 && raw.data.length > maxPoints) raw.data.splice(0, raw.data.length - maxPoints);
    if (this._chart) {
      this._chart.data.datasets[datasetIndex].data = raw.data;
      this._chart.update('none');
    }
  }

  /** Replaces the data of one dataset (style untouched). */
  replaceData(datasetIndex, dataJson) {
    const raw = this._raw && this._raw.data.datasets[datasetIndex];
    if (!raw) return;
    raw.data = JSON.parse(dataJson);
    if (this._chart) {
      this._chart.data.datasets[datasetIndex].data = raw.data;
      this._chart.update('none');
    }
  }

  /**
   * Replaces the values of the decision-boundary heatmap drawn under the datasets. The server sends the
   * values as one byte per cell, base64 ("bytes": round(v × 255)); they are decoded here to v in [0, 1].
   */
  setHeatmap(heatmapJson) {
    if (!this._raw) return;
    const heatmap = JSON.parse(heatmapJson);
    const cells = atob(heatmap.bytes || '');
    heatmap.values = new Array(cells.length);
    for (let i = 0; i < cells.length; i++) heatmap.values[i] = cells.charCodeAt(i) / 255;
    delete heatmap.bytes;
    this._heatmap = heatmap;
    if (this._chart) {
      this._chart.options.plugins.dlfHeatmap = this._heatmapOptions();
      this._chart.update('none');
    }
  }

  _heatmapOptions() {
    if (!this._heatmap) return {};
    const c = this._theme.colours || {};
    return { ...this._heatmap, colours: [rgb(c.negative), rgb(c.neutral), rgb(c.positive)] };
  }

  _config() {
    const config = resolve(this._raw, this._theme.colours || {});
    config.options = themedOptions(config.options || {}, this._theme);
    config.options.plugins.dlfHeatmap = this._heatmapOptions();
    config.options.plugins.dlfCursor = {
      at: this._cursor,
      visible: this._cursorVisible,
      colour: (this._theme.colours || {}).highlight || this._theme.text,
    };
    config.plugins = [heatmapPlugin, cursorPlugin];
    return config;
  }

  _create() {
    this._chart = new Chart(this._canvas, this._config());
  }

  _restyle() {
    const fresh = this._config();
    this._chart.data.datasets.forEach((ds, i) => {
      const src = fresh.data.datasets[i];
      if (!src) return;
      for (const key of Object.keys(src)) {
        if (key !== 'data') ds[key] = src[key];
      }
    });
    this._chart.options = fresh.options;
    this._chart.update('none');
  }

  _scheduleAnnouncement() {
    if (this._announceTimer) return;
    const wait = Math.max(0, this._announcedAt + ANNOUNCE_INTERVAL_MS - Date.now());
    this._announceTimer = setTimeout(() => {
      this._announceTimer = null;
      this._announcedAt = Date.now();
      this._live.textContent = this._summary;
    }, wait);
  }

  _onClick(event) {
    if (!this._chart || !this._chart.scales.x || !this._chart.scales.y) return;
    const rect = this._canvas.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    const area = this._chart.chartArea;
    if (px < area.left || px > area.right || py < area.top || py > area.bottom) return;
    this._fire(this._chart.scales.x.getValueForPixel(px), this._chart.scales.y.getValueForPixel(py));
  }

  _fire(x, y) {
    this.dispatchEvent(new CustomEvent('dlf-chart-click', { detail: { x, y } }));
  }

  _showCursor(visible) {
    this._cursorVisible = visible && this._pointInput;
    if (!this._chart) return;
    if (this._cursorVisible && !this._cursor) this._cursor = this._centre();
    this._chart.options.plugins.dlfCursor.at = this._cursor;
    this._chart.options.plugins.dlfCursor.visible = this._cursorVisible;
    this._chart.update('none');
  }

  _centre() {
    const { x, y } = this._chart.scales;
    return { x: round((x.min + x.max) / 2, x), y: round((y.min + y.max) / 2, y) };
  }

  _onKey(event) {
    if (!this._pointInput || !this._chart || !this._chart.scales.x) return;
    const { x, y } = this._chart.scales;
    const cursor = this._cursor || this._centre();
    const fine = event.shiftKey ? 5 : 1;
    const dx = (x.max - x.min) / CURSOR_STEPS / fine;
    const dy = (y.max - y.min) / CURSOR_STEPS / fine;
    const moves = { ArrowLeft: [-dx, 0], ArrowRight: [dx, 0], ArrowUp: [0, dy], ArrowDown: [0, -dy] };
    if (moves[event.key]) {
      event.preventDefault();
      this._cursor = {
        x: round(clamp(cursor.x + moves[event.key][0], x.min, x.max), x),
        y: round(clamp(cursor.y + moves[event.key][1], y.min, y.max), y),
      };
      this._showCursor(true);
      this._live.textContent = `${axisTitle(x, 'x')} = ${this._cursor.x}, ${axisTitle(y, 'y')} = ${this._cursor.y}`;
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._cursor = cursor;
      this._fire(cursor.x, cursor.y);
    }
  }
}

function clamp(v, min, max) {
  return Math.min(max, Math.max(min, v));
}

/** A cursor coordinate rounded to a step a hundredth of the axis wide, written without float noise. */
function round(v, scale) {
  const step = 10 ** Math.floor(Math.log10((scale.max - scale.min) / 100));
  const digits = Math.max(0, -Math.round(Math.log10(step)));
  return Number((Math.round(v / step) * step).toFixed(digits));
}

function axisTitle(scale, fallback) {
  const title = scale.options && scale.options.title;
  return (title && title.display && title.text) || fallback;
}

customElements.define('dlf-chart', DlfChart);
