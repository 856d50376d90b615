import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { selectPkStartedAt } from './pk-selectors';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from './room-state';

const run = (state: RoomState, ...actions: RoomAction[]) => actions.reduce(roomReducer, state);
const request = ConsoleActions.otherRoomConnectRequested({ target: { roomId: 978 }, userId: 'userB', at: 4 });

describe('selectPkStartedAt', () => {
  it('is null with no PK and while one is still connecting', () => {
    expect(selectPkStartedAt(initialRoomState())).toBeNull();
    expect(selectPkStartedAt(run(initialRoomState(), request))).toBeNull();
  });

  it('is the time the other room connected, while connected', () => {
    expect(selectPkStartedAt(run(initialRoomState(), request, EngineActions.otherRoomConnected({ userId: 'userB', at: 5000 })))).toBe(5000);
  });

  it('is null again once disconnecting starts (the timer stops at once)', () => {
    const connected = run(initialRoomState(), request, EngineActions.otherRoomConnected({ userId: 'userB', at: 5000 }));
    expect(selectPkStartedAt(run(connected, ConsoleActions.otherRoomDisconnectRequested({ at: 6000 })))).toBeNull();
    expect(selectPkStartedAt(run(connected, EngineActions.otherRoomDisconnected({ at: 6000 })))).toBeNull();
  });
});
