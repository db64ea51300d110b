export { addDays, addWeeks, dayOfWeek, daysBetween, fromDayNumber, isoDate, toDayNumber } from './dates.ts';
export {
  FIRST_SUPPORTED_YEAR,
  easterSunday,
  englandAndWalesBankHolidays,
  isBankHoliday,
  isWorkingDay,
} from './bank-holidays.ts';
export { addWorkingDays, workingDaysBetween } from './working-days.ts';
