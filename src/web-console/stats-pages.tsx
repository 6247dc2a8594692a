import type { Context, Hono } from "hono";
import type { DayStats } from "../features/staff/staff-desk.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { labelsFor } from "./labels.ts";
import { Layout } from "./layout.tsx";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;
const COLUMNS = [
  "messages",
  "clarify",
  "fallback",
  "handoffs",
  "handoffs_taken",
  "handoff_wait_minutes",
  "reminders_scheduled",
  "reminders_sent",
] as const;

/** The days from `from` to `to` (inclusive, at most a year), defaulting to the last 30 days. */
function daysBetween(c: Context, today: string): string[] {
  const said = (name: string) => (DAY.test(c.req.query(name) ?? "") ? c.req.query(name) : undefined);
  const asked = [said("from"), said("to") ?? today] as const;
  // A range typed backwards ("from" after "to") is the same range.
  const [first, to] = asked[0] && asked[0] > asked[1] ? [asked[1], asked[0]] : asked;
  const start = new Date(`${to}T00:00:00Z`);
  const from = first ?? new Date(start.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
  const days: string[] = [];
  for (
    let at = Date.parse(`${from}T00:00:00Z`);
    at <= start.getTime() && days.length < MAX_DAYS;
    at += 86_400_000
  )
    days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

const count = (stats: DayStats | undefined, field: string) => Number(stats?.[field] ?? 0);

/** One bar a day, stacked from its parts (a CSS class and a count each), or side by side when `grouped`. */
function DayBars(props: {
  label: string;
  days: string[];
  parts: (day: string) => [string, number][];
  grouped?: boolean;
}) {
  const { days, parts, grouped } = props;
  const width = 720;
  const height = 160;
  const sums = days.map((day) => parts(day).map(([, n]) => n));
  const top = Math.max(
    1,
    ...sums.map((ns) => (grouped ? Math.max(0, ...ns) : ns.reduce((a, b) => a + b, 0))),
  );
  const slot = width / Math.max(1, days.length);
  const y = (n: number) => (n / top) * (height - 30);
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.label}>
      {days.map((day, i) => {
        const shown = parts(day);
        const w = Math.max(1, (slot - 2) / (grouped ? shown.length : 1));
        let base = height - 20;
        return (
          <g>
            <title>{`${day}: ${grouped ? shown.map(([, n]) => n).join(" / ") : shown.reduce((sum, [, n]) => sum + n, 0)}`}</title>
            {shown.map(([kind, n], k) => {
              const h = y(n);
              if (!grouped) base -= h;
              const x = i * slot + 1 + (grouped ? k * w : 0);
              return <rect class={kind} x={x} y={grouped ? height - 20 - h : base} width={w} height={h} />;
            })}
            {(i % Math.ceil(days.length / 8) === 0 || i === days.length - 1) && (
              <text x={i * slot + 1} y={height - 5}>
                {day.slice(5)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** A count as a bar beside its row, as long as its share of the largest. */
const RowBar = (props: { n: number; top: number }) => (
  <svg class="row-bar" viewBox="0 0 100 10" width="100" height="10" aria-hidden="true">
    <rect class="bar" x="0" y="0" height="10" width={Math.round((props.n / Math.max(1, props.top)) * 100)} />
  </svg>
);

/** Numbers as pictures: messages per day, answered / asked back / not understood, top topics, handoffs; CSV. */
export function mountStatsPages(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get("/console/stats", async (c) => {
    const session = c.get("session");
    const labels = labelsFor(session.locale);
    const days = daysBetween(c, deps.today());
    const stats = await deps.desk.stats(days);
    const totals = new Map<string, number>();
    for (const day of days)
      for (const [field, n] of Object.entries(stats[day] ?? {}))
        totals.set(field, (totals.get(field) ?? 0) + Number(n));
    const topics = [...totals]
      .filter(([f]) => f.startsWith("intent:"))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    const range = `from=${days[0]}&to=${days.at(-1)}`;
    const answers = deps.current().answers[session.locale];
    const topicName = (id: string) => answers.get(id)?.title ?? id;
    const all = totals.get("messages") ?? 0;
    const share = (n: number) => (all > 0 ? `${Math.round((n / all) * 100)}%` : "");
    return c.html(
      <Layout labels={labels} session={session} heading={labels.stats}>
        <form method="get" action="/console/stats">
          <label for="from">{labels.from}</label>
          <input type="date" id="from" name="from" value={days[0]} />
          <label for="to">{labels.to}</label>
          <input type="date" id="to" name="to" value={days.at(-1)} />
          <button class="primary" type="submit">
            {labels.show}
          </button>
        </form>
        <p>
          <a href={`/console/stats.csv?${range}`}>{labels.downloadCsv}</a>
        </p>
        <h2>{labels.messages}</h2>
        <DayBars
          label={labels.messages}
          days={days}
          parts={(day) => {
            const [all, asked, missed] = ["messages", "clarify", "fallback"].map((f) => count(stats[day], f));
            return [
              ["answered", Math.max(0, all! - asked! - missed!)],
              ["asked", asked!],
              ["fallback", missed!],
            ];
          }}
        />
        <p class="muted">{labels.shares}</p>
        <table>
          <tbody>
            {COLUMNS.map((field) => (
              <tr>
                <td>{labels.field[field]}</td>
                <td>{totals.get(field) ?? 0}</td>
                <td>{share(totals.get(field) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {(totals.get("handoffs_taken") ?? 0) > 0 && (
          <p>
            {labels.averageWait}:{" "}
            {Math.round((totals.get("handoff_wait_minutes") ?? 0) / (totals.get("handoffs_taken") ?? 1))}{" "}
            {labels.minutes}
          </p>
        )}
        <h2>{`${labels.field.handoffs} / ${labels.field.handoffs_taken}`}</h2>
        <DayBars
          label={labels.field.handoffs}
          days={days}
          parts={(day) => {
            const taken = count(stats[day], "handoffs_taken");
            return [
              ["answered", taken],
              ["fallback", Math.max(0, count(stats[day], "handoffs") - taken)],
            ];
          }}
        />
        <h2>{`${labels.field.reminders_scheduled} / ${labels.field.reminders_sent}`}</h2>
        <DayBars
          label={labels.field.reminders_sent}
          days={days}
          grouped
          parts={(day) => [
            ["asked", count(stats[day], "reminders_scheduled")],
            ["bar", count(stats[day], "reminders_sent")],
          ]}
        />
        <h2>{labels.topTopics}</h2>
        <table>
          <tbody>
            {topics.map(([field, n]) => (
              <tr>
                <td>{topicName(field.slice("intent:".length))}</td>
                <td>{n}</td>
                <td>{share(n)}</td>
                <td>
                  <RowBar n={n} top={topics[0]?.[1] ?? 1} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  app.get("/console/stats.csv", async (c) => {
    const days = daysBetween(c, deps.today());
    const stats = await deps.desk.stats(days);
    const lines = [
      ["day", ...COLUMNS].join(","),
      ...days.map((d) => [d, ...COLUMNS.map((f) => count(stats[d], f))].join(",")),
    ];
    return c.body(`${lines.join("\n")}\n`, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="bhyt-stats-${days[0]}-${days.at(-1)}.csv"`,
    });
  });
}
