import type { TestApi } from '../runner/test-api';
import { expectProfileError, PASSWORDS, type World } from './adapter-fixtures';

/** Every field problem keeps its id and params through the adapter, beside its English message. */
export function issueTests(t: TestApi, world: () => World) {
  const { describe, expect, it } = t;
  describe('issue ids', () => {
    it('updateProfile - a refused value carries its issue id and params next to its message', async () => {
      const { adapter } = world().alice;
      const { version } = await adapter.getProfile();
      const error = await expectProfileError(adapter.updateProfile({ custom: { height: 300 }, phone: '12' }, version), 'validation');
      expect(error.fields).toEqual({ 'custom.height': 'At most 250', phone: 'Between 4 and 15 digits' });
      expect(error.issues).toEqual({
        'custom.height': { code: 'atMost', params: { n: 250 } },
        phone: { code: 'phoneDigits', params: { min: 4, max: 15 } },
      });
    });

    it('updateProfile - an unknown or forbidden field carries its id', async () => {
      const { adapter } = world().alice;
      const { version } = await adapter.getProfile();
      const unknown = await expectProfileError(adapter.updateProfile({ custom: { nope: 1 } } as never, version), 'validation');
      expect(unknown.issues).toEqual({ 'custom.nope': { code: 'unknownField' } });
      const forbidden = await expectProfileError(adapter.updateProfile({ roles: ['admin'] }, version), 'forbidden_field');
      expect(forbidden.issues).toEqual({ roles: { code: 'mayNotChange' } });
    });

    it('changePassword - a refused password carries its policy problem id', async () => {
      const { adapter } = world().alice;
      const error = await expectProfileError(adapter.changePassword({ currentPassword: PASSWORDS.alice, newPassword: 'short' }), 'validation');
      expect(error.fields).toEqual({ newPassword: 'Use at least 12 characters' });
      expect(error.issues).toEqual({ newPassword: { code: 'password', params: { problem: 'too_short', n: 12 } } });
    });
  });
}
