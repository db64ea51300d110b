// England and Wales bank holidays, computed from the rules of the Banking and Financial Dealings Act 1971
// and the royal proclamations that moved or added days, so that any year's working days can be counted
// without fetching a list.
import { addDays, dayOfWeek, isoDate } from './dates.ts';

const MONDAY = 1;
const SATURDAY = 6;
const SUNDAY = 0;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

function firstMonday(year: number, month: number): string {
  const first = isoDate(year, month, 1);
  return addDays(first, (MONDAY - dayOfWeek(first) + 7) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = isoDate(year, month + 1, 0);
  return addDays(last, -((dayOfWeek(last) - MONDAY + 7) % 7));
}

function isWeekend(iso: string): boolean {
  const day = dayOfWeek(iso);
  return day === SATURDAY || day === SUNDAY;
}

function nextWeekday(iso: string): string {
  let day = iso;
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
}

/** Christmas and Boxing Day fall on the first two weekdays from 25 December (their substitutes included). */
function christmasHolidays(year: number): string[] {
  const christmas = nextWeekday(isoDate(year, 12, 25));
  return [christmas, nextWeekday(addDays(christmas, 1))];
}

/** Years in which the early May bank holiday was moved from the first Monday (VE Day anniversaries). */
const EARLY_MAY_MOVED: Readonly<Record<number, string>> = { 1995: '1995-05-08', 2020: '2020-05-08' };

/** Years in which the spring bank holiday was moved for a royal jubilee. */
const SPRING_MOVED: Readonly<Record<number, string>> = {
  1977: '1977-06-06',
  2002: '2002-06-04',
  2012: '2012-06-04',
  2022: '2022-06-02',
};

/** Additional days granted by proclamation: weddings, jubilees, the millennium, a funeral, a coronation. */
const ONE_OFF_HOLIDAYS: readonly string[] = [
  '1973-11-14',
  '1977-06-07',
  '1981-07-29',
  '1999-12-31',
  '2002-06-03',
  '2011-04-29',
  '2012-06-05',
  '2022-06-03',
  '2022-09-19',
  '2023-05-08',
];

/** The 1971 Act's rules; earlier years had Whit Monday and other customs not modelled here. */
export const FIRST_SUPPORTED_YEAR = 1971;

/** The statutory early May bank holiday began in 1978. */
const FIRST_EARLY_MAY_YEAR = 1978;

const cache = new Map<number, readonly string[]>();

/** Every England and Wales bank holiday of the year, as sorted ISO dates. */
export function englandAndWalesBankHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > 9999) {
    throw new RangeError(`bank holidays are computed for ${FIRST_SUPPORTED_YEAR} to 9999 only, not ${year}`);
  }
  const cached = cache.get(year);
  if (cached) return [...cached];
  const easter = easterSunday(year);
  const holidays = [
    nextWeekday(isoDate(year, 1, 1)),
    addDays(easter, -2),
    addDays(easter, 1),
    SPRING_MOVED[year] ?? lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmasHolidays(year),
    ...ONE_OFF_HOLIDAYS.filter((day) => day.startsWith(`${year}-`)),
  ];
  if (year >= FIRST_EARLY_MAY_YEAR) holidays.push(EARLY_MAY_MOVED[year] ?? firstMonday(year, 5));
  const sorted = [...new Set(holidays)].sort();
  cache.set(year, sorted);
  return [...sorted];
}

export function isBankHoliday(iso: string): boolean {
  return englandAndWalesBankHolidays(Number(iso.slice(0, 4))).includes(iso);
}

export function isWorkingDay(iso: string): boolean {
  return !isWeekend(iso) && !isBankHoliday(iso);
}
