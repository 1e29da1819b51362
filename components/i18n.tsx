import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Language, type MessageParams, translate } from '../lib/i18n';

export const LanguageContext = createContext<Language>('en');

/** The translate function for the surrounding language. */
export function useTranslate(): (key: string, params?: MessageParams) => string {
  const language = useContext(LanguageContext);
  return (key, params) => translate(language, key, params);
}
