import { describe, expect, test } from 'vitest';
import { sipasQuestionnaire } from '@sipas/db';
import { canonicalJson, digestOf } from '../../api/src/canonical';
import { ApiError } from '../../api/src/errors';
import { parseSubmission, submissionTarget } from '../../api/src/responses/parse';
import { questionnaireSchema } from '../../api/src/shared/questionnaire';
import { submissionSchemaFor } from '../../api/src/shared/response';
import { allAnswers, submission } from '../helpers/app';

const definition = questionnaireSchema.parse(sipasQuestionnaire);
const version = { id: 7, code: 'SIPAS-TEST', definition, submissionSchema: submissionSchemaFor(definition) };
const counter = { id: 3, code: 'STP-01' };

/** The ApiError a call throws, as the envelope would carry it. */
function refusal(run: () => unknown) {
  try {
    run();
  } catch (err) {
    if (err instanceof ApiError) return { status: err.status, code: err.code, message: err.message, issues: err.issues };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('submissionTarget', () => {
  test('reads the counter and the version the schema depends on', () => {
    expect(submissionTarget({ servicePoint: 'stp-01', questionnaireVersion: 2, answers: 'anything' })).toEqual({
      servicePoint: 'stp-01',
      questionnaireVersion: 2,
    });
  });

  test('reads anything malformed as absent, and a long code only up to its first 32 characters', () => {
    expect(submissionTarget(null)).toEqual({ servicePoint: '', questionnaireVersion: undefined });
    expect(submissionTarget([1, 2])).toEqual({ servicePoint: '', questionnaireVersion: undefined });
    expect(submissionTarget({ servicePoint: 12, questionnaireVersion: 'two' })).toEqual({
      servicePoint: '',
      questionnaireVersion: undefined,
    });
    expect(submissionTarget({ servicePoint: 'X'.repeat(40), questionnaireVersion: -1 })).toEqual({
      servicePoint: 'X'.repeat(32),
      questionnaireVersion: undefined,
    });
  });
});

describe('parseSubmission', () => {
  test('stores the counter code as stored and the version it was checked against, with the digest of exactly that', () => {
    const body = submission({ servicePoint: 'stp-01', comment: 'Cảm ơn' });
    const parsed = parseSubmission(body, version, counter);
    const expected = { ...body, servicePoint: 'STP-01', questionnaireVersion: 7 };
    expect(parsed).toEqual({ submission: expected, servicePoint: counter, version, digest: digestOf(expected), honeypot: false });
  });

  test('sets the honeypot aside: it is neither stored nor digested', () => {
    const body = submission({ website: 'http://spam.example' });
    const parsed = parseSubmission(body, version, counter);
    expect(parsed.honeypot).toBe(true);
    expect(parsed.submission).not.toHaveProperty('website');
    expect(parsed.digest).toBe(parseSubmission({ ...body, website: undefined }, version, counter).digest);
  });

  test('refuses an unknown version before reading anything else', () => {
    expect(refusal(() => parseSubmission({ servicePoint: 'STP-01' }, undefined, counter))).toEqual({
      status: 400,
      code: 'invalid_input',
      message: expect.any(String),
      issues: [{ path: 'questionnaireVersion', message: 'no such questionnaire version' }],
    });
  });

  test('names every invalid field against the version, and only then looks at the counter', () => {
    const body = submission({ answers: { ...allAnswers(4), TC1: 6 }, channel: 'fax' });
    const issues = refusal(() => parseSubmission(body, version, null)).issues!.map((i) => i.path);
    expect(issues.sort()).toEqual(['answers.TC1', 'channel']);
  });

  test('answers 404 for a valid body whose counter is unknown', () => {
    expect(refusal(() => parseSubmission(submission({ servicePoint: 'NOPE-01' }), version, null))).toEqual({
      status: 404,
      code: 'not_found',
      message: 'No active service point has the code NOPE-01.',
      issues: undefined,
    });
  });
});

describe('canonical JSON of a submission', () => {
  test('gives the digest stored responses were written with, whatever the key order', () => {
    const stored = {
      id: '0b7c3c5e-1d2f-4a8b-9c6d-2e4f6a8b0c1d',
      servicePoint: 'DEMO-01',
      questionnaireVersion: 1,
      respondentType: 'citizen',
      channel: 'kiosk',
      lang: 'vi',
      answers: { TC1: 5, TC2: 'na', TC3: 1 },
      field: 'dat-dai',
      profile: { gender: 'female' },
      expectations: { E1: 'high' },
      comment: 'Cảm ơn "anh"',
      completedAt: '2026-08-01T08:00:00+07:00',
    };
    // Computed by the digest function responses were stored with before canonical JSON had one home.
    expect(digestOf(stored)).toBe('4b1f97b0e2b24eba32d28bfc7348480da08580e2dda7d99f7f2a33d22619edf6');
    const reversed = Object.fromEntries(Object.entries(stored).reverse());
    expect(canonicalJson(reversed)).toBe(canonicalJson(stored));
  });
});
