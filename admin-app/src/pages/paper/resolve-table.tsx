// Both entries of a disputed sheet side by side, row by row in the sheet's order (type, every
// statement, field, profile, expectations, comment), the rows that differ marked, and the value to
// keep in the last column.
import type { ComponentChildren } from 'preact';
import { useText } from '../../i18n';
import type { SheetContent, SheetInfo } from './api';
import { ChoiceSelect } from './choice-select';
import { labelOf, withChoice } from './extras';
import { paperTexts } from './texts';

type Answer = number | 'na';
const shown = (v: unknown) => (v === undefined ? '—' : String(v));
const parsed = (v: string): Answer => (v.trim() === 'na' ? 'na' : Number(v));

function withField(content: SheetContent, field: string): SheetContent {
  const { field: _, ...rest } = content;
  return field ? { ...rest, field } : rest;
}

interface ResolveTableProps {
  sheet: SheetInfo;
  first: SheetContent;
  second: SheetContent;
  chosen: SheetContent;
  onChange: (next: SheetContent) => void;
}

export function ResolveTable({ sheet, first, second, chosen, onChange }: ResolveTableProps) {
  const t = useText(paperTexts);
  const { form } = sheet;
  const differs = new Set(sheet.differences?.map((d) => d.path) ?? []);
  const row = (path: string, label: string, a: unknown, b: unknown, input: ComponentChildren) => (
    <tr key={path} class={differs.has(path) ? 'paper-differs' : ''}>
      <th scope="row">{label}</th>
      <td>{shown(a)}</td>
      <td>{shown(b)}</td>
      <td>{input}</td>
    </tr>
  );
  const choiceRow = (part: 'profile' | 'expectations', code: string, label: string, options: { code: string; label: string }[]) =>
    row(
      `${part}.${code}`,
      label,
      labelOf(options, first[part]?.[code]),
      labelOf(options, second[part]?.[code]),
      <ChoiceSelect
        label={label}
        none={t.noField}
        options={options}
        value={chosen[part]?.[code]}
        onChange={(value) => onChange({ ...chosen, [part]: withChoice(chosen[part], code, value) })}
      />,
    );
  return (
    <div class="table-scroll">
      <table class="paper-resolve">
        <thead>
          <tr>
            <th scope="col">{t.item}</th>
            <th scope="col">{t.firstEntry(sheet.entries[0]?.username ?? '')}</th>
            <th scope="col">{t.secondEntry(sheet.entries[1]?.username ?? '')}</th>
            <th scope="col">{t.rightValue}</th>
          </tr>
        </thead>
        <tbody>
          {row(
            'respondentType',
            t.type,
            t.types[first.respondentType],
            t.types[second.respondentType],
            <select
              aria-label={t.type}
              value={chosen.respondentType}
              onChange={(e) => onChange({ ...chosen, respondentType: e.currentTarget.value as SheetContent['respondentType'] })}
            >
              <option value="citizen">{t.types.citizen}</option>
              <option value="organization">{t.types.organization}</option>
            </select>,
          )}
          {form.factors
            .flatMap((f) => f.items)
            .map((item) =>
              row(
                `answers.${item.code}`,
                item.code,
                first.answers[item.code],
                second.answers[item.code],
                <select
                  aria-label={item.code}
                  value={String(chosen.answers[item.code] ?? '')}
                  onChange={(e) => onChange({ ...chosen, answers: { ...chosen.answers, [item.code]: parsed(e.currentTarget.value) } })}
                >
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={String(n)}>
                      {n}
                    </option>
                  ))}
                  {item.allowNa && <option value="na">na</option>}
                </select>,
              ),
            )}
          {row(
            'field',
            t.field,
            labelOf(form.fields, first.field),
            labelOf(form.fields, second.field),
            <ChoiceSelect
              label={t.field}
              none={t.noField}
              options={form.fields}
              value={chosen.field}
              onChange={(field) => onChange(withField(chosen, field))}
            />,
          )}
          {[...form.profile.citizen, ...form.profile.organization].map((q) => choiceRow('profile', q.code, q.label, q.options))}
          {form.expectations?.items.map((item) => choiceRow('expectations', item.code, item.label, form.expectations!.levels))}
          {row(
            'comment',
            t.comment,
            first.comment,
            second.comment,
            <input
              aria-label={t.comment}
              value={chosen.comment ?? ''}
              maxLength={2000}
              onInput={(e) => onChange({ ...chosen, comment: e.currentTarget.value })}
            />,
          )}
        </tbody>
      </table>
    </div>
  );
}
