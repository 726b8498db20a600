// Series colours: CSS variables from styles.css (Okabe-Ito based), so charts follow the theme.
const SERIES = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6'];

export function seriesColor(index: number): string {
  return `var(${SERIES[index % SERIES.length]})`;
}
