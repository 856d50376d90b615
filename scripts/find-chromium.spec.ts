import { INSTALL_HINT, pickChromium, type ChromiumProbe } from './find-chromium';

/** A machine where exactly the given files exist. */
function machine(files: string[], envPath?: string, playwright: string | undefined = '/pw/chrome'): ChromiumProbe {
  return { envPath, exists: (p) => files.includes(p), playwrightPath: () => playwright };
}

describe('pickChromium', () => {
  it('prefers CHROMIUM_PATH over every other candidate', () => {
    expect(pickChromium(machine(['/opt/chrome', '/usr/bin/chromium', '/pw/chrome'], '/opt/chrome'))).toEqual({ path: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it('fails plainly when CHROMIUM_PATH points at nothing, instead of using another browser', () => {
    expect(() => pickChromium(machine(['/usr/bin/chromium'], '/nope/chrome'))).toThrow('CHROMIUM_PATH is set to "/nope/chrome"');
  });

  it('ignores an empty CHROMIUM_PATH', () => {
    expect(pickChromium(machine(['/usr/bin/chromium'], '  ')).path).toBe('/usr/bin/chromium');
  });

  it('tries /usr/bin/chromium, then /usr/bin/chromium-browser, then Playwright', () => {
    expect(pickChromium(machine(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/pw/chrome'])).source).toBe('/usr/bin/chromium');
    expect(pickChromium(machine(['/usr/bin/chromium-browser', '/pw/chrome'])).source).toBe('/usr/bin/chromium-browser');
    expect(pickChromium(machine(['/pw/chrome']))).toEqual({ path: '/pw/chrome', source: 'playwright' });
  });

  it('skips a Playwright build that is not installed', () => {
    expect(() => pickChromium(machine([]))).toThrow(INSTALL_HINT);
    expect(() => pickChromium(machine([], undefined, undefined))).toThrow(INSTALL_HINT);
  });

  it('says what to install', () => {
    expect(INSTALL_HINT).toContain('apt-get update && apt-get install -y chromium');
    expect(INSTALL_HINT).toContain('CHROMIUM_PATH');
  });
});
