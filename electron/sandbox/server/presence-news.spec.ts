import { presenceNews, SharedNews } from './presence-news';
import { LeaveReason } from '../common/sdk-reasons';

const names = (events: readonly { name: string; args: readonly unknown[] }[]) => events.map((e) => `${e.name}(${e.args.join(',')})`);

describe('presenceNews', () => {
  it('announces an arrival, then what it publishes, video first', () => {
    expect(names(presenceNews('u', undefined, { video: true, audio: true, sub: false }))).toEqual([
      'onRemoteUserEnterRoom(u)',
      'onUserVideoAvailable(u,1)',
      'onUserAudioAvailable(u,1)',
    ]);
    expect(names(presenceNews('u', undefined, { video: false, audio: false, sub: false }))).toEqual(['onRemoteUserEnterRoom(u)']);
  });

  it('takes availability back to 0 as it was told before the leave, with its reason', () => {
    expect(names(presenceNews('u', { video: true, audio: false, sub: false }, undefined, LeaveReason.Removed))).toEqual([
      'onUserVideoAvailable(u,0)',
      'onRemoteUserLeaveRoom(u,2)',
    ]);
    expect(names(presenceNews('u', { video: false, audio: true, sub: false }, undefined))).toEqual(['onUserAudioAvailable(u,0)', 'onRemoteUserLeaveRoom(u,0)']);
  });

  it('reports only what changed, and nothing for a user never told of and still out of sight', () => {
    expect(names(presenceNews('u', { video: true, audio: true, sub: false }, { video: false, audio: true, sub: false }))).toEqual(['onUserVideoAvailable(u,0)']);
    expect(presenceNews('u', { video: true, audio: true, sub: false }, { video: true, audio: true, sub: false })).toEqual([]);
    expect(presenceNews('u', undefined, undefined)).toEqual([]);
  });
});

describe('SharedNews', () => {
  it('builds each transition once and hands the same list to every member that makes it', () => {
    const news = new SharedNews('u', LeaveReason.Left);
    const first = news.get(undefined, { video: true, audio: false, sub: false });
    expect(news.get(undefined, { video: true, audio: false, sub: false })).toBe(first);
    expect(news.get({ video: false, audio: false, sub: false }, { video: true, audio: false, sub: false })).not.toBe(first);
    expect(names(news.get({ video: true, audio: true, sub: false }, undefined))).toEqual(['onUserVideoAvailable(u,0)', 'onUserAudioAvailable(u,0)', 'onRemoteUserLeaveRoom(u,0)']);
  });
});
