// Which instants the calendar asks the server for. The visible days are padded by a day on each
// side in UTC, so the answer covers them in any time zone, and the key depends only on the dates
// shown: the server page can prefetch the month the browser will open on (browser-safe).
const DAY_MS = 86_400_000;

/** The week starts on Monday: content calendars plan work weeks. */
export const FIRST_DAY_OF_WEEK = 1;

function utcMidnight(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year!, month! - 1, day!);
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The query range for visible days [startDate, endDate) given as "YYYY-MM-DD". */
export function fetchRangeFor(startDate: string, endDate: string): { from: string; to: string } {
  return {
    from: new Date(utcMidnight(startDate) - DAY_MS).toISOString(),
    to: new Date(utcMidnight(endDate) + DAY_MS).toISOString(),
  };
}

/** The six weeks the month view shows for the month holding `today` ("YYYY-MM-DD"). */
export function monthGridFor(today: string): { startDate: string; endDate: string } {
  const first = utcMidnight(`${today.slice(0, 7)}-01`);
  const back = (new Date(first).getUTCDay() - FIRST_DAY_OF_WEEK + 7) % 7;
  const start = first - back * DAY_MS;
  return { startDate: isoDate(start), endDate: isoDate(start + 42 * DAY_MS) };
}

/** Today's date as a clock in `timeZone` shows it. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
