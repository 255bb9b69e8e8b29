// Whether the address printed in QR codes and posters is one a citizen's phone cannot reach:
// localhost, a private or link-local network, or a .local name. Pure, for the admin app's warning.

const privateV4 = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./];

export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return true;
  }
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare.endsWith('.localhost') || bare.endsWith('.local') || (!bare.includes('.') && !bare.includes(':')))
    return true;
  if (privateV4.some((range) => range.test(bare))) return true;
  return bare === '::1' || /^f[cd][0-9a-f]{2}:/.test(bare) || /^fe[89ab][0-9a-f]:/.test(bare);
}
