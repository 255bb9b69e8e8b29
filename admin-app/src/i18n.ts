// The admin app speaks Vietnamese by default and English on request; every page keeps its own
// texts as { vi, en } next to it (the English typed by the Vietnamese) and picks one with useText.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'vi' | 'en';
export type Texts<T> = { vi: T; en: T };

const storageKey = 'sipas-admin-lang';

export const LangContext = createContext<{ lang: Lang; setLang: (lang: Lang) => void }>({ lang: 'vi', setLang: () => {} });

export function useLang() {
  return useContext(LangContext);
}

export function useText<T>(texts: Texts<T>): T {
  return texts[useLang().lang];
}

export function savedLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
}

/**
 * Words looked up by a key the API gives (an error code, an audit action), in a { vi, en } table
 * whose type comes from its Vietnamese half: the key type names the keys allowed, and a key
 * without words reads as undefined.
 */
export function keyed<K extends string>(words: Partial<Record<K, string>>): Partial<Record<K, string>> {
  return words;
}
