// <thidua-chart>: draws a Chart.js chart from the plain-data configuration that the server component
// vn.thidua.reporting.ui.Chart sets as the `config` property. The server sends data only; colours, sizing and
// fonts are decided here. Only what bar (vertical, horizontal, stacked), line and doughnut charts need is
// registered, so that the rest of Chart.js stays out of the bundle.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Title,
  Tooltip,
  Legend,
);

// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), without its yellow, which is
// too pale on white, and ending with a grey of 4.5:1 contrast on white.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#767676'];

const colour = (index) => PALETTE[index % PALETTE.length];

function styled(source, surface) {
  const config = structuredClone(source);
  const type = config.type;
  const datasets = (config.data && config.data.datasets) || [];
  datasets.forEach((dataset, index) => {
    if (type === 'doughnut') {
      dataset.backgroundColor = (dataset.data || []).map((_, slice) => colour(slice));
      dataset.borderColor = surface;
      dataset.borderWidth = 2;
    } else if (type === 'line') {
      dataset.borderColor = colour(index);
      dataset.backgroundColor = colour(index);
      dataset.pointBackgroundColor = colour(index);
      dataset.borderWidth = 2;
      dataset.pointRadius = 3;
      dataset.spanGaps = false;
    } else {
      dataset.backgroundColor = colour(index);
      dataset.borderColor = colour(index);
      dataset.borderWidth = 0;
    }
  });
  config.options = Object.assign({}, config.options, { responsive: true, maintainAspectRatio: false });
  if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
    config.options.animation = false;
  }
  return config;
}

class ThiduaChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; position: relative; height: 320px; min-width: 0; box-sizing: border-box; }
        :host([hidden]) { display: none; }
        .box { position: relative; width: 100%; height: 100%; }
        .surface { display: none; color: var(--lumo-base-color, #fff); }
      </style>
      <div class="box"><canvas></canvas></div>
      <span class="surface"></span>`;
    this._canvas = root.querySelector('canvas');
    this._surface = root.querySelector('.surface');
    this._config = undefined;
    this._chart = undefined;
  }

  /** The Chart.js configuration (plain data) from the server; setting it redraws the chart. */
  get config() {
    return this._config;
  }

  set config(value) {
    this._config = typeof value === 'string' ? JSON.parse(value) : value;
    this._render();
  }

  connectedCallback() {
    // A value set before the element was upgraded is an own property that hides the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    } else {
      this._render();
    }
  }

  disconnectedCallback() {
    this._destroy();
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = undefined;
    }
  }

  _render() {
    this._destroy();
    if (!this.isConnected || !this._config) {
      return;
    }
    // Text in the page's font and colour; slice borders in the background colour (resolved to rgb() by the
    // browser, whatever form the theme gives it).
    const style = getComputedStyle(this);
    Chart.defaults.font.family = style.fontFamily || Chart.defaults.font.family;
    Chart.defaults.color = style.color || Chart.defaults.color;
    Chart.defaults.plugins.title.font = { size: 14, weight: 'bold' };
    const surface = getComputedStyle(this._surface).color || '#ffffff';
    this._chart = new Chart(this._canvas, styled(this._config, surface));
  }
}

if (!customElements.get('thidua-chart')) {
  customElements.define('thidua-chart', ThiduaChart);
}
