// Dates as the retention pages say them: long, in London's time.
export const longDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });
