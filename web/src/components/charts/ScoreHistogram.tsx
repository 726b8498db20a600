// One scorer's distribution of values, a bar series per target, on shared bins.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Histogram } from '../../lib/histogram';
import { seriesColor } from './palette';

export function ScoreHistogram({
  title,
  histogram,
  note,
}: {
  title: string;
  /** Bins shared by every series (a target) and each series' counts. */
  histogram: Histogram;
  note?: string;
}) {
  const { bins, counts } = histogram;
  const names = [...counts.keys()];
  const data = bins.map((bin, i) => {
    const row: Record<string, string | number> = { bin: bin.label };
    // Positional keys: a target id such as "gpt-4.1" would read as a nested path to recharts.
    names.forEach((name, s) => {
      row[`s${s}`] = counts.get(name)![i]!;
    });
    return row;
  });
  return (
    <figure className="panel chart-card" style={{ margin: 0 }}>
      <h3>{title}</h3>
      <BarChart
        responsive
        data={data}
        style={{ width: '100%', height: 170 }}
        margin={{ top: 6, right: 4, bottom: 0, left: -22 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
        <XAxis dataKey="bin" tick={{ fontSize: 10, fill: 'var(--text-muted)' }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={{ fontSize: 10, fill: 'var(--text-muted)' }} />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', fontSize: 12 }}
          labelStyle={{ color: 'var(--text)' }}
        />
        {names.map((name, i) => (
          <Bar key={name} dataKey={`s${i}`} name={name} fill={seriesColor(i)} isAnimationActive={false} />
        ))}
      </BarChart>
      <figcaption className="legend">
        {names.map((name, i) => (
          <span key={name}>
            <span className="swatch" style={{ background: seriesColor(i) }} />
            {name}
          </span>
        ))}
        {note ? <span className="faint">{note}</span> : null}
      </figcaption>
    </figure>
  );
}
