import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES, type Language } from '../i18n/i18n';

/** English or Kiswahili, switchable at any time, remembered on the device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Form.Select
      size="sm"
      aria-label={t('language')}
      value={i18n.language}
      onChange={(e) => chooseLanguage(e.target.value as Language)}
      style={{ width: 'auto' }}
      data-testid="language"
    >
      {LANGUAGES.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.name}
        </option>
      ))}
    </Form.Select>
  );
}
