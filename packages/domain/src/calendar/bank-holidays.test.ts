import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easterSunday, englandAndWalesBankHolidays, isBankHoliday, isWorkingDay } from './bank-holidays.ts';
import { dayOfWeek } from './dates.ts';

describe('easterSunday', () => {
  it('falls on the published dates', () => {
    expect(easterSunday(2005)).toBe('2005-03-27');
    expect(easterSunday(2008)).toBe('2008-03-23');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(dayOfWeek(easter)).toBe(0);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('englandAndWalesBankHolidays', () => {
  it('gives 2005, the reference follow-up year, with Christmas on a Sunday', () => {
    expect(englandAndWalesBankHolidays(2005)).toEqual([
      '2005-01-03',
      '2005-03-25',
      '2005-03-28',
      '2005-05-02',
      '2005-05-30',
      '2005-08-29',
      '2005-12-26',
      '2005-12-27',
    ]);
  });

  it('gives 2004, with Christmas on a Saturday', () => {
    expect(englandAndWalesBankHolidays(2004)).toEqual([
      '2004-01-01',
      '2004-04-09',
      '2004-04-12',
      '2004-05-03',
      '2004-05-31',
      '2004-08-30',
      '2004-12-27',
      '2004-12-28',
    ]);
  });

  it('moves the early May holiday to Friday 8 May in 2020 (and Monday 8 May in 1995)', () => {
    const holidays2020 = englandAndWalesBankHolidays(2020);
    expect(holidays2020).toContain('2020-05-08');
    expect(holidays2020).not.toContain('2020-05-04');
    expect(englandAndWalesBankHolidays(1995)).toContain('1995-05-08');
    expect(englandAndWalesBankHolidays(1995)).not.toContain('1995-05-01');
  });

  it('moves the spring holiday for the jubilees and adds the jubilee days', () => {
    expect(englandAndWalesBankHolidays(2022)).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
    const holidays2012 = englandAndWalesBankHolidays(2012);
    expect(holidays2012).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(holidays2012).not.toContain('2012-05-28');
    const holidays2002 = englandAndWalesBankHolidays(2002);
    expect(holidays2002).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(holidays2002).not.toContain('2002-05-27');
  });

  it('adds the royal wedding of 2011 without moving the early May holiday', () => {
    expect(englandAndWalesBankHolidays(2011)).toEqual([
      '2011-01-03',
      '2011-04-22',
      '2011-04-25',
      '2011-04-29',
      '2011-05-02',
      '2011-05-30',
      '2011-08-29',
      '2011-12-26',
      '2011-12-27',
    ]);
  });

  it('adds the millennium eve and the 2023 coronation', () => {
    expect(englandAndWalesBankHolidays(1999)).toContain('1999-12-31');
    expect(englandAndWalesBankHolidays(2000)[0]).toBe('2000-01-03');
    expect(englandAndWalesBankHolidays(2023)).toEqual([
      '2023-01-02',
      '2023-04-07',
      '2023-04-10',
      '2023-05-01',
      '2023-05-08',
      '2023-05-29',
      '2023-08-28',
      '2023-12-25',
      '2023-12-26',
    ]);
  });

  it('puts Christmas substitutes on the first weekdays after a weekend Christmas', () => {
    expect(englandAndWalesBankHolidays(2010).slice(-2)).toEqual(['2010-12-27', '2010-12-28']);
    expect(englandAndWalesBankHolidays(2016).slice(-2)).toEqual(['2016-12-26', '2016-12-27']);
    expect(englandAndWalesBankHolidays(2020).slice(-2)).toEqual(['2020-12-25', '2020-12-28']);
  });

  it('has no early May holiday before 1978 and refuses years before the 1971 Act', () => {
    expect(englandAndWalesBankHolidays(1975).some((day) => day.startsWith('1975-05-0'))).toBe(false);
    expect(() => englandAndWalesBankHolidays(1960)).toThrow(RangeError);
  });

  it('returns sorted weekdays, at least eight a year, that the caller may not alter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1978, max: 2200 }), (year) => {
        const holidays = englandAndWalesBankHolidays(year);
        expect(holidays.length).toBeGreaterThanOrEqual(8);
        expect([...holidays].sort()).toEqual(holidays);
        for (const day of holidays) expect([0, 6]).not.toContain(dayOfWeek(day));
        holidays.pop();
        expect(englandAndWalesBankHolidays(year).length).toBe(holidays.length + 1);
      }),
    );
  });
});

describe('isWorkingDay', () => {
  it('excludes weekends and bank holidays', () => {
    expect(isWorkingDay('2005-01-10')).toBe(true);
    expect(isWorkingDay('2005-01-08')).toBe(false);
    expect(isWorkingDay('2005-01-09')).toBe(false);
    expect(isWorkingDay('2005-03-25')).toBe(false);
    expect(isBankHoliday('2005-03-25')).toBe(true);
    expect(isBankHoliday('2005-03-24')).toBe(false);
  });

  it('refuses a string that is not a date', () => {
    expect(() => isWorkingDay('2005-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('10/01/2005')).toThrow(RangeError);
  });
});
