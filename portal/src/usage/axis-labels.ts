/** Space kept between two x-axis labels, in pixels. */
export const LABEL_GAP = 12;

export interface AxisLabel {
  index: number;
  text: string;
  x: number;
}

/**
 * The x-axis labels that fit: candidates at a regular step wide enough for one label plus a gap,
 * each centred under its bar but moved inside the chart at the edges, and any label that would
 * still touch the one before it left out. Labels therefore never overlap, whatever the width.
 */
export function axisLabels(
  texts: readonly string[],
  centreOf: (index: number) => number,
  slot: number,
  width: number,
  measure: (text: string) => number,
): AxisLabel[] {
  if (texts.length === 0) return [];
  const widest = Math.max(...texts.map(measure));
  const step = Math.max(1, Math.ceil((widest + LABEL_GAP) / Math.max(slot, 0.001)));
  const labels: AxisLabel[] = [];
  let previousRight = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < texts.length; index += step) {
    const text = texts[index] as string;
    const half = measure(text) / 2;
    const x = Math.min(Math.max(centreOf(index), 2 + half), width - 2 - half);
    if (x - half < previousRight + LABEL_GAP) continue;
    labels.push({ index, text, x });
    previousRight = x + half;
  }
  return labels;
}
