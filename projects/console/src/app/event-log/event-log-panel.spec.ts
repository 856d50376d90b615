import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TXLiteAVError, TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';

import { PreferencesStore } from '@broadcast-core/preferences';
import { EVENT_LOG_LENGTH, EngineActions } from '@broadcast-core/room-state';
import { applyAndSettle, domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { EventLogPanel } from './event-log-panel';
import { EVENT_LOG_TRANSLATIONS } from './event-log-translations';

/** Local wall-clock times, so the expected HH:MM:SS holds in any time zone. */
const at = (h: number, m: number, s: number) => new Date(2025, 2, 4, h, m, s).getTime();

const timeout = (when = at(9, 5, 7)) =>
  EngineActions.errorRaised({
    error: { code: TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT, message: 'connectOtherRoom: no answer within 5000 ms' },
    at: when,
  });
const netBusy = (when = at(14, 30, 0)) =>
  EngineActions.warningRaised({ error: { code: TXLiteAVWarning.WARNING_ROOM_NET_BUSY, message: '' }, at: when });

describe('EventLogPanel', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<EventLogPanel>;
  let announce: jest.SpyInstance;

  const { root: el, text } = domQuery(() => fixture);
  const entries = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid=event-log-entry]'));
  const part = (entry: HTMLElement, testId: string) => entry.querySelector<HTMLElement>(`[data-testid=${testId}]`);

  async function choose(filter: 'all' | 'errors' | 'warnings'): Promise<void> {
    el().querySelector<HTMLInputElement>(`[data-testid=event-log-filter-${filter}]`)!.click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    w = setUpWindowTesting([EVENT_LOG_TRANSLATIONS]);
    announce = jest.spyOn(TestBed.inject(LiveAnnouncer), 'announce').mockResolvedValue();
  });

  it('says nothing went wrong while the log is empty', async () => {
    fixture = await renderComponent(EventLogPanel);
    expect(text(el().querySelector('[data-testid=event-log-empty]'))).toBe('No errors or warnings so far.');
    expect(el().querySelector('[data-testid=event-log-list]')).toBeNull();
  });

  it('lists entries newest first with local time, level, code, words and the SDK message as detail', async () => {
    fixture = await renderComponent(EventLogPanel);
    await applyAndSettle(fixture, timeout(), netBusy());

    const [warning, error] = entries();
    expect(entries()).toHaveLength(2);
    expect(warning.dataset['level']).toBe('warning');
    expect(text(part(warning, 'event-time'))).toBe('14:30:00');
    expect(text(part(warning, 'event-level'))).toBe('Warning');
    expect(text(part(warning, 'event-code'))).toBe('Code 5103');
    expect(text(part(warning, 'event-text'))).toBe('The network is busy.');
    expect(part(warning, 'event-detail')).toBeNull();

    expect(error.dataset['level']).toBe('error');
    expect(text(part(error, 'event-time'))).toBe('09:05:07');
    expect(part(error, 'event-time')!.getAttribute('datetime')).toBe(new Date(at(9, 5, 7)).toISOString());
    expect(text(part(error, 'event-level'))).toBe('Error');
    expect(text(part(error, 'event-code'))).toBe(`Code ${TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT}`);
    expect(text(part(error, 'event-text'))).toBe('The cross-room PK request timed out. Try again, or pick another anchor.');
    expect(text(part(error, 'event-detail'))).toBe('connectOtherRoom: no answer within 5000 ms');
  });

  it('falls back to the SDK message for a code it has no words for', async () => {
    fixture = await renderComponent(EventLogPanel);
    await applyAndSettle(fixture, EngineActions.errorRaised({ error: { code: 424242, message: 'vendor plugin crashed' }, at: at(1, 2, 3) }));
    const [entry] = entries();
    expect(text(part(entry, 'event-text'))).toBe('TRTC code 424242.');
    expect(text(part(entry, 'event-detail'))).toBe('vendor plugin crashed');
  });

  it('filters to errors or warnings, with an empty text per filter', async () => {
    fixture = await renderComponent(EventLogPanel);
    await applyAndSettle(fixture, timeout(at(9, 0, 0)), netBusy(at(9, 0, 1)), timeout(at(9, 0, 2)));

    await choose('errors');
    expect(entries().map((e) => e.dataset['level'])).toEqual(['error', 'error']);
    expect(entries().map((e) => text(part(e, 'event-time')))).toEqual(['09:00:02', '09:00:00']);

    await choose('warnings');
    expect(entries().map((e) => text(part(e, 'event-time')))).toEqual(['09:00:01']);

    await choose('all');
    expect(entries()).toHaveLength(3);
  });

  it('says so when a filter leaves nothing to show', async () => {
    fixture = await renderComponent(EventLogPanel);
    await applyAndSettle(fixture, netBusy());
    await choose('errors');
    expect(entries()).toHaveLength(0);
    expect(text(el().querySelector('[data-testid=event-log-empty]'))).toBe('No errors so far.');
  });

  it('renders no more than the state keeps, newest first', async () => {
    fixture = await renderComponent(EventLogPanel);
    const flood = Array.from({ length: EVENT_LOG_LENGTH + 5 }, (_, i) => netBusy(at(10, 0, 0) + i * 1000));
    await applyAndSettle(fixture, ...flood);
    expect(entries()).toHaveLength(EVENT_LOG_LENGTH);
    expect(text(part(entries()[0], 'event-time'))).toBe('10:03:24');
  });

  it('announces each new error politely, and stays silent for warnings and for errors logged before it opened', async () => {
    w.apply(timeout(at(8, 0, 0)));
    fixture = await renderComponent(EventLogPanel);
    expect(announce).not.toHaveBeenCalled();

    await applyAndSettle(fixture, netBusy());
    expect(announce).not.toHaveBeenCalled();

    await applyAndSettle(fixture, 
      EngineActions.errorRaised({
        error: { code: TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST, message: '' },
        at: at(9, 0, 0),
      }),
    );
    expect(announce).toHaveBeenCalledTimes(1);
    expect(announce).toHaveBeenCalledWith('Error: The target anchor is not in that room: check the user ID.', 'polite');

    // Changing the filter re-renders but is not news.
    await choose('warnings');
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('shows the console’s own notes in words, with no TRTC code for code 0', async () => {
    fixture = await renderComponent(EventLogPanel);
    const pkError = { code: TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST, message: 'connectOtherRoom: no such anchor' };
    await applyAndSettle(fixture, 
      EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox-1.0', generation: 1, at: at(9, 0, 0) }),
      EngineActions.otherRoomConnectFailed({ userId: 'userB', error: pkError, at: at(9, 0, 1) }),
      EngineActions.engineLost({ reason: 'engine thread exited with code 1', at: at(9, 0, 2), capture: { camera: true, mic: true, share: null } }),
      EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox-1.0', generation: 2, at: at(9, 0, 3) }),
    );
    const [restarted, lost, pk] = entries();
    expect(entries()).toHaveLength(3);

    expect(restarted.dataset['level']).toBe('warning');
    expect(text(part(restarted, 'event-text'))).toBe('Engine restarted');
    expect(part(restarted, 'event-code')).toBeNull();
    expect(part(restarted, 'event-detail')).toBeNull();

    expect(lost.dataset['level']).toBe('error');
    expect(text(part(lost, 'event-text'))).toBe('Engine lost: engine thread exited with code 1');
    expect(part(lost, 'event-code')).toBeNull();
    expect(part(lost, 'event-detail')).toBeNull();

    expect(text(part(pk, 'event-text'))).toBe('PK request failed: The target anchor is not in that room: check the user ID.');
    expect(text(part(pk, 'event-code'))).toBe(`Code ${pkError.code}`);
    expect(text(part(pk, 'event-detail'))).toBe('connectOtherRoom: no such anchor');

    // Errors are read aloud in words, never as "TRTC code 0".
    expect(announce.mock.calls.map(([message]) => message)).toEqual([
      'Error: PK request failed: The target anchor is not in that room: check the user ID. Error: Engine lost: engine thread exited with code 1',
    ]);
  });

  it("says which setting a restarted engine did not take back, with the engine's words as the detail", async () => {
    fixture = await renderComponent(EventLogPanel);
    await applyAndSettle(fixture, EngineActions.settingNotRestored({ method: 'setVideoEncoderParam', message: 'the engine refused setVideoEncoderParam: busy', at: at(9, 0, 5) }));
    const [entry] = entries();
    expect(entry.dataset['level']).toBe('warning');
    expect(entry.dataset['note']).toBe('restoreFailed');
    expect(text(part(entry, 'event-text'))).toBe('The restarted engine did not take back a setting; check it in its panel');
    expect(text(part(entry, 'event-detail'))).toBe('setVideoEncoderParam: the engine refused setVideoEncoderParam: busy');
    expect(part(entry, 'event-code')).toBeNull();
  });

  it('says failed background music in words, with its music code and the SDK\'s words as the detail', async () => {
    fixture = await renderComponent(EventLogPanel);
    await applyAndSettle(fixture, EngineActions.musicFailed({ id: 1, error: { code: -4002, message: 'the music file could not be decoded' }, at: at(9, 0, 6) }));
    const [entry] = entries();
    expect(entry.dataset['level']).toBe('error');
    expect(text(part(entry, 'event-text'))).toBe('Background music failed (code -4002): see the music panel');
    expect(text(part(entry, 'event-code'))).toBe('Code -4002');
    expect(text(part(entry, 'event-detail'))).toBe('the music file could not be decoded');
  });

  it('names a device pulled out mid-show, as a warning', async () => {
    fixture = await renderComponent(EventLogPanel);
    await applyAndSettle(fixture, EngineActions.deviceUnplugged({ deviceId: 'usb', kind: 'mic', deviceName: 'Sandbox USB Microphone', at: at(9, 0, 6) }));
    const [entry] = entries();
    expect(entry.dataset['level']).toBe('warning');
    expect(entry.dataset['note']).toBe('deviceUnplugged');
    expect(text(part(entry, 'event-text'))).toBe('Sandbox USB Microphone was unplugged');
  });

  it('says the notes in Chinese', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    fixture = await renderComponent(EventLogPanel);
    await applyAndSettle(fixture, 
      EngineActions.engineLost({ reason: 'engine thread exited with code 1', at: at(9, 0, 2), capture: { camera: false, mic: false, share: null } }),
      EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox-1.0', generation: 2, at: at(9, 0, 3) }),
      EngineActions.otherRoomConnectFailed({ userId: 'userB', error: { code: TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT, message: '' }, at: at(9, 0, 4) }),
    );
    expect(entries().map((e) => text(part(e, 'event-text')))).toEqual([
      '跨房 PK 请求失败：跨房 PK 请求超时。请重试，或换一位主播。',
      '引擎已重启',
      '引擎异常退出：engine thread exited with code 1',
    ]);
  });

  it('speaks Simplified Chinese, aloud too', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    fixture = await renderComponent(EventLogPanel);
    expect(text(el().querySelector('[data-testid=event-log-empty]'))).toBe('暂无错误或警告。');

    await applyAndSettle(fixture, netBusy(), timeout());
    const [error, warning] = entries();
    expect(text(part(error, 'event-level'))).toBe('错误');
    expect(text(part(error, 'event-text'))).toBe('跨房 PK 请求超时。请重试，或换一位主播。');
    expect(text(part(warning, 'event-level'))).toBe('警告');
    expect(text(part(warning, 'event-code'))).toBe('代码 5103');
    expect(text(part(warning, 'event-text'))).toBe('网络繁忙。');
    expect(announce).toHaveBeenCalledWith('错误：跨房 PK 请求超时。请重试，或换一位主播。', 'polite');
    expect(text(el().querySelector('label:has([data-testid=event-log-filter-errors])'))).toBe('错误');
  });
});
