import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { refusal } from '../bridge/bridge-error';
import type { IssueRefusal } from '../bridge/schema-issues';
import { PreferencesStore } from '../preferences/preferences-store';
import { setUpWindowTesting } from '../testing/provide-window-testing';
import { RefusalTextPipe } from './refusal-text';
import type { RefusalLike } from './translate-refusal';
import { renderComponent } from '../testing/render-component';

@Component({
  selector: 'bc-refusal-host',
  imports: [RefusalTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>{{ refusal() | refusalText }}</p>`,
})
class RefusalHost {
  readonly refusal = signal<RefusalLike | null>(null);
}

describe('refusalText pipe', () => {
  let fixture: ComponentFixture<RefusalHost>;

  async function show(value: RefusalLike | null, language: 'en' | 'zh-CN' = 'en'): Promise<string> {
    TestBed.inject(PreferencesStore).set({ language });
    fixture.componentInstance.refusal.set(value);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).querySelector('p')!.textContent!.trim();
  }

  beforeEach(async () => {
    setUpWindowTesting();
    fixture = await renderComponent(RefusalHost);
  });

  it('shows nothing for no refusal', async () => {
    expect(await show(null)).toBe('');
  });

  it('says a broker refusal in English with its params, as the bridge does, and in Chinese', async () => {
    const error = refusal('invalid-state', 'noRemoteUser', { userId: 'guest_anchor' });
    expect(await show(error)).toBe(error.message);
    expect(await show(error, 'zh-CN')).toBe('没有远端用户“guest_anchor”');
  });

  it('says a TRTC rule by its name, in either language', async () => {
    const rule: IssueRefusal = { reason: 'rule', params: { rule: 'userId' } };
    expect(await show(rule)).toBe("userId may contain only letters, digits, '_' and '-' (1 to 32 characters)");
    expect(await show(rule, 'zh-CN')).toBe("userId 只能包含字母、数字、'_' 和 '-'（1 到 32 个字符）");
    expect(await show(refusal('invalid-command', 'rule', { rule: 'roomIdRange' }, 'command.params.roomId'), 'zh-CN')).toBe('roomId 必须在 1 到 4294967294 之间');
  });

  it('puts English words the bridge fills in into the window’s language', async () => {
    expect(await show(refusal('invalid-state', 'alreadyInRoom', { status: 'entering', room: 29834 }), 'zh-CN')).toBe('正在进入房间 29834：请先退房');
    expect(await show(refusal('invalid-command', 'unknownDevice', { kind: 'microphone', deviceId: 'mic-9' }, 'command.deviceId'), 'zh-CN')).toBe(
      '没有 ID 为“mic-9”的麦克风',
    );
    expect(await show({ reason: 'wrongType', params: { expected: 'a number' } }, 'zh-CN')).toBe('必须是数字');
    // Values it has no words for are shown as they are.
    expect(await show(refusal('engine-failed', 'engineThrew', { method: 'startLocalPreview', detail: 'camera busy' }), 'zh-CN')).toBe(
      '引擎拒绝了 startLocalPreview：camera busy',
    );
  });

  it('names the field before a text that only says what is wrong with it', async () => {
    expect(await show(refusal('invalid-command', 'missingField', {}, 'command.mute'))).toBe('command.mute: is missing');
    expect(await show(refusal('invalid-command', 'missingField', {}, 'command.mute'), 'zh-CN')).toBe('command.mute: 缺少此字段');
    // A whole sentence needs no field.
    expect(await show(refusal('invalid-command', 'userSigRequired', {}, 'command.userSig'))).toBe(
      'a userSig is required for the Tencent cloud: paste one or set a token URL',
    );
  });

  it('falls back to the broker’s English for a reason or rule it has no text for', async () => {
    const newer = { reason: 'somethingNew', message: 'a newer broker said this' } as unknown as RefusalLike;
    expect(await show(newer, 'zh-CN')).toBe('a newer broker said this');
    expect(await show({ reason: 'rule', params: { rule: 'futureRule' } }, 'zh-CN')).toBe('futureRule');
  });
});
