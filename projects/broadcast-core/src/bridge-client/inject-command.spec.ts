import { Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { refusal } from '../bridge/bridge-error';
import { setUpWindowTesting } from '../testing/provide-window-testing';
import { injectCommand, type InjectCommandOptions } from './inject-command';

describe('injectCommand', () => {
  const create = (options?: InjectCommandOptions) => runInInjectionContext(TestBed.inject(Injector), () => injectCommand(options));

  it('sends through the bridge and resolves true when accepted, with no refusal', async () => {
    const { bridge } = setUpWindowTesting();
    const command = create();
    await expect(command.send({ type: 'muteLocalAudio', mute: true })).resolves.toBe(true);
    expect(bridge.commands).toEqual([{ type: 'muteLocalAudio', mute: true }]);
    expect(command.refusal()).toBeNull();
  });

  it('keeps the refusal of a refused command and resolves false', async () => {
    const { bridge } = setUpWindowTesting();
    const command = create();
    const error = refusal('invalid-state', 'notInRoom');
    bridge.refuseNext(error);
    await expect(command.send({ type: 'exitRoom' })).resolves.toBe(false);
    expect(command.refusal()).toEqual(error);
  });

  it('clears the refusal once a later command is accepted', async () => {
    const { bridge } = setUpWindowTesting();
    const command = create();
    bridge.refuseNext(refusal('invalid-state', 'notInRoom'));
    await command.send({ type: 'exitRoom' });
    await command.send({ type: 'exitRoom' });
    expect(command.refusal()).toBeNull();
  });

  it('clears the refusal when its resetOn signal changes', async () => {
    const { bridge } = setUpWindowTesting();
    const offer = signal(1);
    const command = create({ resetOn: offer });
    bridge.refuseNext(refusal('invalid-state', 'notInRoom'));
    await command.send({ type: 'exitRoom' });
    expect(command.refusal()).not.toBeNull();
    offer.set(2);
    expect(command.refusal()).toBeNull();
  });
});
