import { parsePreferences } from './preferences-schema';
import { parseCdnTargets } from './cdn-targets';

const good = { name: 'Main', url: 'rtmp://push.example.com/live/key1', selected: true };

describe('saved CDN targets', () => {
  it('keeps valid entries and drops each corrupt one with a notice naming it', () => {
    const { targets, problems } = parseCdnTargets([good, { name: '', url: 'rtmp://x/y/z', selected: true }, { name: 'Web', url: 'http://x/y', selected: false }, 'junk']);
    expect(targets).toEqual([good]);
    expect(problems).toEqual([
      expect.stringContaining('saved CDN target 2 is invalid'),
      expect.stringContaining('saved CDN target 3 is invalid (url must be an RTMP push URL'),
      expect.stringContaining('saved CDN target 4 is invalid'),
    ]);
  });

  it('drops a repeated URL, and selects at most 10', () => {
    expect(parseCdnTargets([good, { ...good, name: 'Again' }]).problems).toEqual(['saved CDN target 2 repeats a URL; it was dropped']);
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `T${i}`, url: `rtmp://push.example.com/live/k${i}`, selected: true }));
    expect(parseCdnTargets(many).targets.filter((t) => t.selected)).toHaveLength(10);
  });

  it('reads them as part of the preferences, keeping the other fields', () => {
    const loaded = parsePreferences(JSON.stringify({ language: 'zh-CN', cdnTargets: [good, { name: 'Bad' }] }));
    expect(loaded.value.language).toBe('zh-CN');
    expect(loaded.value.cdnTargets).toEqual([good]);
    expect(loaded.problems).toHaveLength(1);
    expect(parsePreferences(JSON.stringify({ cdnTargets: 'nope' })).problems).toEqual(['saved CDN targets are not a list; none are in use']);
  });
});
