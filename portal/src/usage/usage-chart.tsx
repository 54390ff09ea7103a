/**
 * Requests over time as stacked bars by outcome, drawn as plain SVG (no chart library, nothing
 * fetched). Each bar has a tooltip, and the numbers are also available as a table.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatNumber } from '../format';
import type { UsageGranularity } from '../gql/graphql';
import { axisLabels } from './axis-labels';

export interface SeriesPoint {
  bucketStart: string;
  requests: number;
  ok: number;
  errors: number;
  denied: number;
  rateLimited: number;
}

export const OUTCOMES = [
  { key: 'ok', label: 'OK', color: '#2e9e5b' },
  { key: 'errors', label: 'Errors', color: '#d9534f' },
  { key: 'denied', label: 'Denied (scope)', color: '#e0a030' },
  { key: 'rateLimited', label: 'Rate limited', color: '#7a5af5' },
] as const;

const HEIGHT = 240;

/** The element's width in CSS pixels, so the chart draws at its real size and text stays legible. */
function useWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(280, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
const PAD = { top: 12, right: 8, bottom: 30, left: 48 };
const LABEL_FONT_SIZE = 11;
let measuringContext: CanvasRenderingContext2D | null | undefined;

/** The width of a label as drawn in `fontFamily`; a generous estimate where canvas is not available. */
function textWidth(text: string, fontFamily: string): number {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return text.length * LABEL_FONT_SIZE * 0.65;
  measuringContext.font = `${LABEL_FONT_SIZE}px ${fontFamily}`;
  return measuringContext.measureText(text).width;
}

/** 1, 2 or 5 times a power of ten, at least `value`. */
function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const hourLabel = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayHourLabel = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const dayLabel = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const fullLabel = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function bucketLabel(iso: string, granularity: UsageGranularity): string {
  const date = new Date(iso);
  return granularity === 'DAY' ? dayLabel.format(date) : fullLabel.format(date);
}

function describePoint(point: SeriesPoint, granularity: UsageGranularity): string {
  const parts = OUTCOMES.filter((outcome) => point[outcome.key] > 0).map(
    (outcome) => `${formatNumber(point[outcome.key])} ${outcome.label.toLowerCase()}`,
  );
  return `${bucketLabel(point.bucketStart, granularity)}: ${formatNumber(point.requests)} request${point.requests === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export function UsageChart({ series, granularity }: { series: readonly SeriesPoint[]; granularity: UsageGranularity }) {
  const titleId = useId();
  const { ref, width: WIDTH } = useWidth<HTMLElement>(800);
  const descId = useId();
  const total = series.reduce((sum, point) => sum + point.requests, 0);
  const busiest = series.reduce<SeriesPoint | undefined>(
    (best, point) => (!best || point.requests > best.requests ? point : best),
    undefined,
  );
  const max = niceCeiling(busiest?.requests ?? 0);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = series.length > 0 ? plotWidth / series.length : plotWidth;
  const barWidth = Math.max(1, slot * 0.78);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  // Hourly bars over more than a day need the date in their labels.
  const xLabel = granularity === 'DAY' ? dayLabel : series.length > 24 ? dayHourLabel : hourLabel;
  const fontFamily = ref.current ? getComputedStyle(ref.current).fontFamily : 'sans-serif';
  const labels = axisLabels(
    series.map((point) => xLabel.format(new Date(point.bucketStart))),
    (index) => PAD.left + index * slot + slot / 2,
    slot,
    WIDTH,
    (text) => textWidth(text, fontFamily),
  );
  // Counts are whole numbers: no half-request gridline.
  const ticks = [0, max / 2, max].filter((tick) => Number.isInteger(tick));

  return (
    <figure className="chart-figure" ref={ref}>
      <svg
        className="chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        data-testid="usage-chart"
      >
        <title id={titleId}>Requests per {granularity === 'DAY' ? 'day' : 'hour'}</title>
        <desc id={descId}>
          {total === 0
            ? 'No requests in this period.'
            : `${formatNumber(total)} requests in total; the busiest was ${busiest ? describePoint(busiest, granularity) : ''}.`}
        </desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e3e6ec" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#5b6577">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {series.map((point, index) => {
          const x = PAD.left + index * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={point.bucketStart}>
              <title>{describePoint(point, granularity)}</title>
              {/* A full-height transparent target so thin bars still show their tooltip. */}
              <rect x={PAD.left + index * slot} y={PAD.top} width={slot} height={plotHeight} fill="transparent" />
              {OUTCOMES.map((outcome) => {
                const value = point[outcome.key];
                if (value <= 0) return null;
                const top = y(base + value);
                const height = y(base) - top;
                base += value;
                return <rect key={outcome.key} x={x} y={top} width={barWidth} height={height} fill={outcome.color} />;
              })}
            </g>
          );
        })}
        <g data-testid="chart-x-labels">
          {labels.map((label) => (
            <text
              key={label.index}
              x={label.x}
              y={HEIGHT - 10}
              textAnchor="middle"
              fontSize={LABEL_FONT_SIZE}
              fill="#5b6577"
            >
              {label.text}
            </text>
          ))}
        </g>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#9aa3b2" />
      </svg>
      <figcaption className="legend">
        {OUTCOMES.map((outcome) => (
          <span key={outcome.key}>
            <span className="legend-swatch" style={{ background: outcome.color }} aria-hidden="true" />
            {outcome.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
