import { bucketOf } from './bucketed-map';
import { remoteUserKey, remoteUserPlace } from './remote-users';

describe('remoteUserPlace', () => {
  it('is the key and bucket the state files a user under, for any userId, however many were seen', () => {
    const ids = ['anna', '__proto__', 'constructor', '', ...Array.from({ length: 9000 }, (_, i) => `fresh_${i}`)];
    for (const userId of ids) {
      const place = remoteUserPlace(userId);
      expect(place.key).toBe(remoteUserKey(userId));
      expect(place.bucket).toBe(bucketOf(place.key));
    }
    // Seen again after the cache was cleared on the way: still right.
    expect(remoteUserPlace('anna')).toEqual({ key: 'u:anna', bucket: bucketOf('u:anna') });
  });
});
