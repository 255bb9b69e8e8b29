// The canonical JSON everything digested is written in (a response's content, a period's
// snapshot): keys sorted, no spaces, undefined left out, and every number written one way, so the
// same content always gives the same bytes and the same SHA-256.
import { createHash } from 'node:crypto';

/** Decimals kept for non-integers; sums of scores carry float noise far below this. */
export const canonicalDecimals = 6;

export function canonicalNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`canonical JSON holds finite numbers only, not ${n}`);
  if (Number.isInteger(n)) return String(n);
  // toFixed never uses exponents below 1e21; trailing zeros go so that 0.5 stays 0.5.
  const fixed = n.toFixed(canonicalDecimals).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return canonicalNumber(value);
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`canonical JSON cannot hold a ${typeof value}`);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of the canonical JSON: a resend of the same content, in any key order, gives the same digest. */
export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/** Every leaf where two canonical documents differ, as `path: before → after`. */
export function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) =>
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
    );
  }
  const x = a === undefined ? 'absent' : canonicalJson(a);
  const y = b === undefined ? 'absent' : canonicalJson(b);
  return x === y ? [] : [`${path || '(root)'}: ${x} → ${y}`];
}
