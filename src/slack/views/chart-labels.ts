// How a chart names its bars: a unit's name cut to what a name column holds, and that column sized.

/** The type size of a bar's name, in pixels. */
const labelSize = 13;
const longestName = 16;

/** A unit's name as a bar shows it: cut with … past 16 characters. */
export const shortName = (name: string) => ([...name].length > longestName ? `${[...name].slice(0, longestName - 1).join('')}…` : name);

/** ECharts measures text without a canvas on the server; this estimate sizes the name column. */
const labelWidth = (text: string) =>
  [...text].reduce((width, char) => width + (char.charCodeAt(0) > 0x2e7f ? labelSize : labelSize * 0.6), 0);

/** The bars' names down the left, top to bottom, and the room they need there (the grid's left edge). */
export function unitAxis(names: readonly string[]) {
  return {
    left: Math.ceil(Math.max(80, ...names.map(labelWidth))) + 24,
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: [...names],
      axisTick: { show: false },
      axisLabel: { fontSize: labelSize, color: '#222222' },
    },
  };
}
