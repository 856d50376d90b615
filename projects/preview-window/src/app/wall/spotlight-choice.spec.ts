import { SPOTLIGHT_SWITCH_MARGIN, chooseSpotlight } from './spotlight-choice';

const u = (userId: string, volume = 0) => ({ userId, volume });

describe('chooseSpotlight', () => {
  it('is null with nobody', () => {
    expect(chooseSpotlight([], 'a', 'a')).toBeNull();
  });

  it('shows the picked user while present', () => {
    expect(chooseSpotlight([u('a', 90), u('b')], 'b', 'a')).toBe('b');
  });

  it('falls back to the loudest when the picked user left', () => {
    expect(chooseSpotlight([u('a', 10), u('b', 40)], 'gone', null)).toBe('b');
  });

  it('takes the first user when nobody speaks', () => {
    expect(chooseSpotlight([u('a'), u('b')], null, null)).toBe('a');
  });

  it('stays on the current speaker until another is clearly louder', () => {
    expect(chooseSpotlight([u('a', 30), u('b', 30 + SPOTLIGHT_SWITCH_MARGIN - 1)], null, 'a')).toBe('a');
    expect(chooseSpotlight([u('a', 30), u('b', 30 + SPOTLIGHT_SWITCH_MARGIN)], null, 'a')).toBe('b');
  });

  it('leaves a current speaker who left', () => {
    expect(chooseSpotlight([u('a', 5), u('b', 20)], null, 'gone')).toBe('b');
  });
});
