/** Top bar: the app's name (back to the panels) and the language switch. */
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '@/lib/i18n/browser';
import { LANGUAGES, type Language } from '@/lib/i18n/core';
import { LANGUAGE_KEY } from '../boot';
import { href } from '../router';

export function Header() {
  const { t, i18n } = useTranslation();
  const change = (language: Language) => {
    localStorage.setItem(LANGUAGE_KEY, language);
    // A file that cannot load (offline, never cached) leaves the page, and the saved choice, as they were.
    switchLanguage(i18n, language).then(
      () => {
        document.documentElement.lang = language;
      },
      () => localStorage.setItem(LANGUAGE_KEY, i18n.language),
    );
  };
  return (
    <header className="app-header">
      <a className="app-title" href={href.workspace()}>
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <span>{t('appName')}</span>
        <span className="app-tagline">{t('appTagline')}</span>
      </a>
      <a className="app-nav" href={href.rubrics()}>
        {t('rubricEditor:nav')}
      </a>
      <label className="language-switch">
        <span>{t('language')}</span>
        <select
          value={i18n.language}
          onChange={(e) => change(e.target.value as Language)}
          data-testid="language-switch"
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
