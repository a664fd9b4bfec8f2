import { describe, expect, it } from 'vitest';
import {
  attributesPatchSchema,
  createPatchSchema,
  fieldProblemsFromZod,
  fillTemplate,
  issueMessage,
  ISSUE_MESSAGES,
  ProfileError,
  readFieldIssues,
  resolveFieldAccess,
} from '../../src/core';
import { exampleConfig } from '../../src/testing';

const alice = { userId: 'alice', roles: [] };

describe('issue ids', () => {
  it('every issue of the core schemas carries its id, whose English is the message (zod keeps the stamp)', () => {
    const schema = createPatchSchema(exampleConfig, resolveFieldAccess(exampleConfig, alice, 'alice'));
    const bad = {
      name: 'x'.repeat(201),
      phone: 'abc',
      locale: 'not a tag!',
      picture: 'ftp://x',
      custom: { height: 50.5, weight: 'heavy', fitnessGoal: 'fly', displayHandle: '\u0007abc' },
    };
    const result = schema.safeParse(bad);
    expect(result.success).toBe(false);
    const { fields, issues } = fieldProblemsFromZod(result.error!);
    expect(Object.keys(issues)).toEqual(Object.keys(fields));
    for (const [name, issue] of Object.entries(issues)) expect(issueMessage(issue), name).toBe(fields[name]);
    expect(issues['custom.height']).toEqual({ code: 'step', params: { n: 1 } });
  });

  it('attribute keys and values keep their ids under attributes.<key>', () => {
    const result = attributesPatchSchema({ maxEntries: 5, maxKeyLength: 10, maxValueLength: 5 }).safeParse({ 'bad key': 'x', ok: 'toolong' });
    const { issues } = fieldProblemsFromZod(result.error!);
    expect(issues).toEqual({ 'bad key': { code: 'attributeKey' }, ok: { code: 'atMostChars', params: { n: 5 } } });
  });

  it('ProfileError keeps issues only for the fields it keeps, and reads them back from JSON', () => {
    const error = new ProfileError('validation', 'x', { fields: { a: 'Required' }, issues: { a: { code: 'required' }, b: { code: 'required' } } });
    expect(error.toJSON()).toEqual({ code: 'validation', message: 'x', fields: { a: 'Required' }, issues: { a: { code: 'required' } } });
    expect(readFieldIssues(JSON.parse(JSON.stringify({ a: { code: 'atMost', params: { n: 2, bad: {} } }, b: { code: 'made_up' }, c: 7 })))).toEqual({
      a: { code: 'atMost', params: { n: 2 } },
    });
  });

  it('fills placeholders without patterns; unknown ones stay', () => {
    expect(fillTemplate('At most {n} of {max}', { n: 3 })).toBe('At most 3 of {max}');
    expect(fillTemplate('{a}{b} {', { a: 1, b: 'x' })).toBe('1x {');
    expect(Object.keys(ISSUE_MESSAGES)).toContain('required');
  });
});
