import { FrameRate } from './frame-rate';

describe('FrameRate', () => {
  it('counts the frames of the last second only', () => {
    const rate = new FrameRate();
    for (let t = 0; t < 2000; t += 40) rate.record(t); // 25 fps for two seconds
    expect(rate.perSecond(1960)).toBe(25);
    expect(rate.perSecond(2500)).toBe(12); // 1520 to 1960
    expect(rate.perSecond(3000)).toBe(0);
  });

  it('forgets everything on clear', () => {
    const rate = new FrameRate();
    rate.record(10);
    rate.clear();
    expect(rate.perSecond(20)).toBe(0);
  });
});
