// The admin app speaks Vietnamese by default and English on request; every page keeps its own
// texts as { vi, en } next to it and picks one with useText.
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
