// Bar charts as SVG built element by element (no markup from data), each with a title for screen
// readers and the figures also given as a table beside it.
const SVG = 'http://www.w3.org/2000/svg';

function node(name, attributes = {}, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, String(value));
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

const COLOURS = ['#8a2b0e', '#1a5fb4', '#26734d', '#7a4b00'];

/**
 * Grouped vertical bars: one group per label, one bar per series.
 *
 * @param {string} title what the chart shows
 * @param {string[]} labels the groups, left to right
 * @param {{name: string, values: number[]}[]} series
 */
export function barChart(title, labels, series) {
  const height = 180;
  const group = Math.max(24, series.length * 12 + 8);
  const width = Math.max(280, labels.length * group + 40);
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const svg = node('svg', {
    viewBox: `0 0 ${width} ${height + 40}`,
    role: 'img',
    class: 'chart',
    preserveAspectRatio: 'xMinYMid meet',
    'aria-label': title,
  });
  svg.append(node('title', {}, title));
  svg.append(node('line', { x1: 30, y1: height, x2: width, y2: height, stroke: '#6b6b6b' }));
  svg.append(node('text', { x: 0, y: 12, 'font-size': 10, fill: '#1d1d1f' }, String(max)));
  labels.forEach((label, i) => {
    const x = 34 + i * group;
    series.forEach((s, j) => {
      const value = s.values[i] || 0;
      const h = Math.round((value / max) * (height - 20));
      const bar = node('rect', {
        x: x + j * 12,
        y: height - h,
        width: 10,
        height: h,
        fill: COLOURS[j % COLOURS.length],
      });
      bar.append(node('title', {}, `${label} · ${s.name}: ${value}`));
      svg.append(bar);
    });
    if (labels.length <= 16 || i % Math.ceil(labels.length / 16) === 0) {
      svg.append(node('text', { x, y: height + 14, 'font-size': 9, fill: '#1d1d1f' }, label));
    }
  });
  series.forEach((s, j) => {
    svg.append(node('rect', { x: 34 + j * 110, y: height + 24, width: 10, height: 10, fill: COLOURS[j % COLOURS.length] }));
    svg.append(node('text', { x: 48 + j * 110, y: height + 33, 'font-size': 10, fill: '#1d1d1f' }, s.name));
  });
  return svg;
}
