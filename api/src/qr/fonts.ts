// Noto Sans covers every Vietnamese letter with its tone marks; the PDF standard fonts do not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let loaded: { regular: Buffer; bold: Buffer } | undefined;

/** The two weights the posters use, read from the font package once. */
export function posterFonts(): { regular: Buffer; bold: Buffer } {
  loaded ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')),
  };
  return loaded;
}
