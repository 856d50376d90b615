import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideStore } from '@ngrx/store';
import { BehaviorSubject, Subject } from 'rxjs';

import type { ClientMessage, ServerMessage } from '../bridge/messages';
import { ROOM_FEATURES } from '../room-state';
import { BridgeClient } from './bridge-client';
import { BRIDGE_TRANSPORT, type BridgeTransport, type TransportStatus } from './bridge-transport';

describe('BridgeClient.command', () => {
  let status$: BehaviorSubject<TransportStatus>;
  let messages$: Subject<ServerMessage>;
  let sent: ClientMessage[];
  let client: BridgeClient;

  beforeEach(() => {
    status$ = new BehaviorSubject<TransportStatus>({ state: 'connecting' });
    messages$ = new Subject<ServerMessage>();
    sent = [];
    const transport: BridgeTransport = { messages$, frames$: new Subject(), status$, send: (m) => sent.push(m), close: () => undefined };
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideStore(ROOM_FEATURES), { provide: BRIDGE_TRANSPORT, useValue: transport }],
    });
    client = TestBed.inject(BridgeClient);
  });

  it('refuses at once, sending nothing, while the link is not open yet', async () => {
    await expect(client.command({ type: 'muteLocalAudio', mute: true })).resolves.toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'invalid-state', reason: 'notConnected' }),
    });
    expect(sent.filter((m) => m.t === 'command')).toEqual([]);
  });

  it('refuses at once while the link is closed and retrying', async () => {
    status$.next({ state: 'closed', retryInMs: 250 });
    const result = await client.command({ type: 'muteLocalAudio', mute: true });
    expect(result.ok).toBe(false);
    expect(sent.filter((m) => m.t === 'command')).toEqual([]);
  });

  it('sends on an open link and resolves with the answer of the same id', async () => {
    status$.next({ state: 'open' });
    const answer = client.command({ type: 'muteLocalAudio', mute: true });
    const command = sent.find((m) => m.t === 'command');
    expect(command).toEqual({ t: 'command', id: expect.any(String), command: { type: 'muteLocalAudio', mute: true } });
    messages$.next({ t: 'result', id: (command as { id: string }).id, ok: true });
    await expect(answer).resolves.toEqual({ ok: true });
  });

  it('settles a command in flight with connectionDropped when the link drops', async () => {
    status$.next({ state: 'open' });
    const answer = client.command({ type: 'muteLocalAudio', mute: true });
    status$.next({ state: 'closed', retryInMs: 250 });
    await expect(answer).resolves.toEqual({ ok: false, error: expect.objectContaining({ reason: 'connectionDropped' }) });
  });
});
