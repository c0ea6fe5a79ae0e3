// <dlf-chart>: a Chart.js 4 chart configured from the server (see org.dlf.charts.ChartComponent).
// Colours may be written as CSS custom properties ("var(--dlf-series-1)"): they are resolved here and
// re-resolved when the page switches between light and dark, so the palette lives in one stylesheet.
// Incremental updates (appendPoints, replaceData, replaceDataset, setHeatmap) never re-create the chart.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

const heatmapPlugin = {
  id: 'dlfHeatmap',
  beforeDatasetsDraw(chart, _args, opts) {
    const grid = opts && opts.values;
    const size = opts && opts.size;
    if (!grid || !size || grid.length !== size * size) return;
    const { ctx, chartArea, scales } = chart;
    const x = scales.x;
    const y = scales.y;
    const left = x.getPixelForValue(opts.xMin);
    const right = x.getPixelForValue(opts.xMax);
    const top = y.getPixelForValue(opts.yMax);
    const bottom = y.getPixelForValue(opts.yMin);
    const cw = (right - left) / size;
    const ch = (bottom - top) / size;
    const neg = parseRgb(opts.negativeColor);
    const pos = parseRgb(opts.positiveColor);
    const mid = parseRgb(opts.neutralColor);
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
    ctx.clip();
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        // values[row * size + col]: row 0 is the bottom (yMin) of the range; value in [0, 1]
        const v = grid[row * size + col];
        const t = Math.max(0, Math.min(1, v));
        const c = t < 0.5 ? mix(neg, mid, t * 2) : mix(mid, pos, (t - 0.5) * 2);
        ctx.fillStyle = `rgba(${c[0]},${c[1]},${c[2]},${opts.alpha ?? 0.55})`;
        ctx.fillRect(left + col * cw, bottom - (row + 1) * ch, Math.ceil(cw), Math.ceil(ch));
      }
    }
    ctx.restore();
  },
};
Chart.register(heatmapPlugin);

function parseRgb(color) {
  if (!color) return [128, 128, 128];
  const ctx = parseRgb.ctx || (parseRgb.ctx = document.createElement('canvas').getContext('2d'));
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  const s = ctx.fillStyle;
  if (s.startsWith('#')) {
    return [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));
  }
  const m = s.match(/[\d.]+/g) || [128, 128, 128];
  return m.slice(0, 3).map(Number);
}

function mix(a, b, t) {
  return [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t));
}

class DlfChart extends HTMLElement {
  constructor() {
    super();
    this._raw = null;
    this._chart = null;
  }

  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
      this._canvas.addEventListener('click', (e) => this._onClick(e));
    }
    this._observer = new MutationObserver(() => this._restyle());
    this._observer.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style'] });
    this._media = window.matchMedia('(prefers-color-scheme: dark)');
    this._mediaListener = () => this._restyle();
    this._media.addEventListener('change', this._mediaListener);
    if (this._raw && !this._chart) this._create();
  }

  disconnectedCallback() {
    if (this._observer) this._observer.disconnect();
    if (this._media) this._media.removeEventListener('change', this._mediaListener);
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  set ariaLabelText(text) {
    if (this._canvas) this._canvas.setAttribute('aria-label', text);
  }

  /** Replaces the whole configuration (JSON string from chartjs-java-model). */
  setConfig(json) {
    this._raw = JSON.parse(json);
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    if (this.isConnected) this._create();
  }

  /** Appends points to one dataset, dropping the oldest beyond maxPoints (0 = keep all). */
  appendPoints(datasetIndex, pointsJson, maxPoints) {
    const points = JSON.parse(pointsJson);
    const raw = this._raw && this._raw.data.datasets[datasetIndex];
    if (!raw) return;
    raw.data = raw.data || [];
    raw.data.push(...points);
    if (maxPoints > 0 && raw.data.length > maxPoints) raw.data.splice(0, raw.data.length - maxPoints);
    if (this._chart) {
      const ds = this._chart.data.datasets[datasetIndex];
      if (ds.data !== raw.data) {
        ds.data.push(...points);
        if (maxPoints > 0 && ds.data.length > maxPoints) ds.data.splice(0, ds.data.length - maxPoints);
      }
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

  /** Replaces one dataset, style included. */
  replaceDataset(datasetIndex, datasetJson) {
    if (!this._raw) return;
    this._raw.data.datasets[datasetIndex] = JSON.parse(datasetJson);
    if (this._chart) {
      this._chart.data.datasets[datasetIndex] = this._resolve(this._raw.data.datasets[datasetIndex]);
      this._chart.update('none');
    }
  }

  /** Replaces the labels of a category axis. */
  setLabels(labelsJson) {
    if (!this._raw) return;
    this._raw.data.labels = JSON.parse(labelsJson);
    if (this._chart) {
      this._chart.data.labels = this._raw.data.labels;
      this._chart.update('none');
    }
  }

  /**
   * Replaces the values of the decision-boundary heatmap drawn under the datasets. The server sends the
   * values as one byte per cell, base64 ("bytes": round(v × 255)); they are decoded here to v in [0, 1].
   */
  setHeatmap(heatmapJson) {
    if (!this._raw) return;
    const opts = (this._raw.options = this._raw.options || {});
    opts.plugins = opts.plugins || {};
    const heatmap = JSON.parse(heatmapJson);
    if (typeof heatmap.bytes === 'string') {
      const cells = atob(heatmap.bytes);
      heatmap.values = new Array(cells.length);
      for (let i = 0; i < cells.length; i++) heatmap.values[i] = cells.charCodeAt(i) / 255;
      delete heatmap.bytes;
    }
    opts.plugins.dlfHeatmap = heatmap;
    if (this._chart) {
      this._chart.options.plugins.dlfHeatmap = this._resolve(opts.plugins.dlfHeatmap);
      this._chart.update('none');
    }
  }

  _create() {
    const config = this._resolve(this._raw);
    config.options = config.options || {};
    config.options.maintainAspectRatio = false;
    config.options.responsive = true;
    this._applyDefaults();
    this._chart = new Chart(this._canvas, config);
  }

  _applyDefaults() {
    const css = getComputedStyle(this);
    const text = css.getPropertyValue('--dlf-chart-text').trim();
    const grid = css.getPropertyValue('--dlf-chart-grid').trim();
    const font = css.getPropertyValue('--dlf-chart-font').trim();
    if (text) Chart.defaults.color = text;
    if (grid) Chart.defaults.borderColor = grid;
    if (font) Chart.defaults.font.family = font;
  }

  _restyle() {
    if (!this._chart || !this._raw) return;
    this._applyDefaults();
    const fresh = this._resolve(this._raw);
    this._chart.data.datasets.forEach((ds, i) => {
      const src = fresh.data.datasets[i];
      if (!src) return;
      for (const key of Object.keys(src)) {
        if (key !== 'data') ds[key] = src[key];
      }
    });
    this._chart.options = fresh.options || {};
    this._chart.options.maintainAspectRatio = false;
    this._chart.update('none');
  }

  _resolve(value) {
    if (typeof value === 'string') {
      const m = value.match(/^var\((--[\w-]+)\)$/);
      return m ? getComputedStyle(this).getPropertyValue(m[1]).trim() || value : value;
    }
    if (Array.isArray(value)) return value.map((v) => this._resolve(v));
    if (value && typeof value === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = k === 'data' && Array.isArray(v) ? v : this._resolve(v);
      return out;
    }
    return value;
  }

  _onClick(event) {
    if (!this._chart || !this._chart.scales.x || !this._chart.scales.y) return;
    const rect = this._canvas.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    const area = this._chart.chartArea;
    if (px < area.left || px > area.right || py < area.top || py > area.bottom) return;
    const x = this._chart.scales.x.getValueForPixel(px);
    const y = this._chart.scales.y.getValueForPixel(py);
    this.dispatchEvent(new CustomEvent('dlf-chart-click', { detail: { x, y, shift: event.shiftKey } }));
  }
}

customElements.define('dlf-chart', DlfChart);
