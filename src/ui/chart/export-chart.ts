/**
 * Turns a chart on the page into a file a person can paste into a report: the chart's SVG with
 * its title and period above, its key below and its source at the foot, as SVG or as PNG (drawn
 * onto a canvas). Everything happens in the browser: no request, no inline script.
 */
import { chartColour } from './chart-tokens';
import { estimateTextWidth } from './scale';

export interface ChartExportInfo {
  /** What the chart shows, e.g. the indicator's title. */
  title: string;
  /** The period or periods it covers, e.g. 'April 2008 to March 2013'. */
  period: string;
  /** Where the figures come from. */
  source: string;
  /** File name without extension. */
  fileName: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Breaks `text` into lines that fit `width` at `fontSize`, at spaces. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(
  parent: SVGElement,
  lines: readonly string[],
  y: number,
  fontSize: number,
  weight: number,
): number {
  let top = y;
  for (const content of lines) {
    top += fontSize * 1.3;
    const text = svgElement('text', {
      x: PAD,
      y: top,
      'font-size': fontSize,
      'font-weight': weight,
      fill: chartColour.ink,
    });
    text.textContent = content;
    parent.append(text);
  }
  return top;
}

export interface LegendItem {
  swatch: SVGSVGElement | null;
  label: string;
}

/**
 * The standalone SVG text of a chart: title and period, the chart, its key, its source. `legend`
 * holds the on-page key's swatches, reused as they are.
 */
export function composeChartSvg(
  chart: SVGSVGElement,
  info: ChartExportInfo,
  legend: readonly LegendItem[],
): { svg: string; width: number; height: number } {
  const width = Math.max(320, Number(chart.getAttribute('width')) || 640);
  const chartHeight = Number(chart.getAttribute('height')) || 320;
  const textWidth = width - PAD * 2;
  const root = svgElement('svg', {
    width,
    'font-family': FONT_FAMILY,
  });
  const background = svgElement('rect', { width: '100%', height: '100%', fill: chartColour.paper });
  root.append(background);

  let y = PAD - 4;
  y = textLines(root, wrapText(info.title, textWidth, 18), y, 18, 700);
  y = textLines(root, wrapText(info.period, textWidth, 14), y, 14, 400) + 8;

  const copy = chart.cloneNode(true);
  if (copy instanceof SVGSVGElement) {
    copy.setAttribute('x', '0');
    copy.setAttribute('y', String(y));
    copy.removeAttribute('aria-hidden');
    copy.removeAttribute('focusable');
    root.append(copy);
  }
  y += chartHeight + 8;

  let x = PAD;
  const rowHeight = 22;
  if (legend.length > 0) y += 4;
  for (const item of legend) {
    const itemWidth = 34 + estimateTextWidth(item.label, 13) + 16;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    if (item.swatch) {
      const swatch = item.swatch.cloneNode(true);
      if (swatch instanceof SVGSVGElement) {
        swatch.setAttribute('x', String(x));
        swatch.setAttribute('y', String(y));
        swatch.removeAttribute('aria-hidden');
        swatch.removeAttribute('focusable');
        root.append(swatch);
      }
    }
    const label = svgElement('text', {
      x: x + 34,
      y: y + 11,
      'font-size': 13,
      fill: chartColour.ink,
    });
    label.textContent = item.label;
    root.append(label);
    x += itemWidth;
  }
  if (legend.length > 0) y += rowHeight;

  y = textLines(root, wrapText(`Source: ${info.source}`, textWidth, 12), y, 12, 400);
  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** Draws SVG text onto a canvas at `scale`× and returns it as a PNG. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart as a picture.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('This browser could not make a PNG of the chart.'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
