import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../statistics/wilson.ts';
import { straddlesThreshold } from './thresholds.ts';

describe('straddlesThreshold', () => {
  const bands = [40, 60, 80];

  it('flags an interval that reaches across a band threshold', () => {
    expect(straddlesThreshold({ low: 55, high: 65 }, bands)).toBe(true);
    expect(straddlesThreshold({ low: 30, high: 90 }, bands)).toBe(true);
    // Ending on a threshold reaches into the band that starts there.
    expect(straddlesThreshold({ low: 50, high: 60 }, bands)).toBe(true);
  });

  it('leaves alone an interval inside one band, including one starting at the threshold', () => {
    expect(straddlesThreshold({ low: 62, high: 78 }, bands)).toBe(false);
    expect(straddlesThreshold({ low: 60, high: 70 }, bands)).toBe(false);
    expect(straddlesThreshold({ low: 10, high: 20 }, [])).toBe(false);
  });

  it('flags 10 of 23 (43%): its 95% interval runs from about 26% to 63%', () => {
    expect(straddlesThreshold(wilsonInterval(10, 23)!, bands)).toBe(true);
  });
});
