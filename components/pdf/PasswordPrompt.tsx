/** Asks for the password of an encrypted PDF; says so when the last one was wrong. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function PasswordPrompt(props: {
  fileName: string;
  wrong: boolean;
  onSubmit(password: string): void;
}) {
  const { t } = useTranslation('viewer');
  const [value, setValue] = useState('');
  return (
    <form
      className="pdf-password"
      data-testid="pdf-password"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(value);
      }}
    >
      <p>{t('password.prompt', { file: props.fileName })}</p>
      {props.wrong && (
        <p className="notice notice-error" role="alert">
          {t('password.wrong', { file: props.fileName })}
        </p>
      )}
      <label>
        <span>{t('password.label')}</span>
        <input
          type="password"
          value={value}
          autoComplete="off"
          // biome-ignore lint/a11y/noAutofocus: the form exists only to take this input
          autoFocus
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <button type="submit">{t('password.open')}</button>
    </form>
  );
}
