import { describe, expect, it } from 'vitest';
import { resolveNotifications, shouldNotify } from '../../src/core';
import { exampleConfig } from '../../src/testing';

describe('shouldNotify', () => {
  const account = { notifications: { email: { workouts: false, marketing: true }, sms: { security: false } } };

  it('always sends a mandatory topic, even if the stored choice says otherwise', () => {
    expect(shouldNotify(account, 'sms', 'security', exampleConfig)).toBe(true);
  });

  it('follows the user’s choice, else the topic default', () => {
    expect(shouldNotify(account, 'email', 'workouts', exampleConfig)).toBe(false);
    expect(shouldNotify(account, 'email', 'marketing', exampleConfig)).toBe(true);
    expect(shouldNotify(account, 'sms', 'workouts', exampleConfig)).toBe(true);
    expect(shouldNotify({ notifications: {} }, 'email', 'marketing', exampleConfig)).toBe(false);
  });

  it('reads a stored account as well as a profile', () => {
    expect(shouldNotify({ data: { notifications: { email: { marketing: true } } } }, 'email', 'marketing', exampleConfig)).toBe(true);
  });

  it('answers false for a topic not sent on the channel, and throws for unknown ids', () => {
    expect(shouldNotify(account, 'sms', 'marketing', exampleConfig)).toBe(false);
    expect(() => shouldNotify(account, 'fax', 'security', exampleConfig)).toThrow('Unknown notification channel');
    expect(() => shouldNotify(account, 'email', 'gossip', exampleConfig)).toThrow('Unknown notification topic');
  });

  it('resolves the full matrix the API shows', () => {
    expect(resolveNotifications(exampleConfig.notifications, account.notifications)).toEqual({
      email: { security: true, workouts: false, marketing: true },
      sms: { security: true, workouts: true },
    });
  });
});
