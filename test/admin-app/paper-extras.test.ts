import { describe, expect, test } from 'vitest';
import { extrasBody, labelOf, noExtras, withChoice } from '../../admin-app/src/pages/paper/extras';

const form = {
  profile: {
    citizen: [{ code: 'gender', label: 'Giới tính', options: [{ code: 'female', label: 'Nữ' }] }],
    organization: [{ code: 'orgKind', label: 'Loại hình tổ chức', options: [{ code: 'private', label: 'Doanh nghiệp tư nhân' }] }],
  },
};

describe('the optional part of a paper entry', () => {
  test('sends nothing when nothing is ticked or written, as the API stores an empty sheet back', () => {
    expect(extrasBody({ ...noExtras, comment: '   ' }, form, 'citizen')).toEqual({});
  });

  test('sends the field, the ticked expectations, the comment, and the profile asked of the type keyed only', () => {
    const extras = {
      field: 'dat-dai',
      profile: { gender: 'female', orgKind: 'private' },
      expectations: { faster: 'very-much' },
      comment: 'Nhanh',
    };
    expect([extrasBody(extras, form, 'citizen'), extrasBody(extras, form, 'organization')]).toEqual([
      { field: 'dat-dai', profile: { gender: 'female' }, expectations: { faster: 'very-much' }, comment: 'Nhanh' },
      { field: 'dat-dai', profile: { orgKind: 'private' }, expectations: { faster: 'very-much' }, comment: 'Nhanh' },
    ]);
  });

  test('ticks a box, changes it, and takes it away when set back to none', () => {
    const ticked = withChoice(undefined, 'gender', 'female');
    expect([ticked, withChoice(ticked, 'gender', 'male'), withChoice(ticked, 'gender', '')]).toEqual([
      { gender: 'female' },
      { gender: 'male' },
      {},
    ]);
  });

  test('shows an option by its label, a code the form does not list as itself, and nothing as nothing', () => {
    const options = form.profile.citizen[0]!.options;
    expect([labelOf(options, 'female'), labelOf(options, 'other'), labelOf(options, undefined)]).toEqual(['Nữ', 'other', undefined]);
  });
});
