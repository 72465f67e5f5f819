import { useId, useMemo, type InputHTMLAttributes } from 'react';
import { timeZones } from '../lib/language-tags';

/**
 * A text input that offers every IANA time zone as the reader types (a native datalist, which
 * filters on any part of the name: "rome" finds Europe/Rome). The form checks the value is one.
 */
export function TimeZoneInput({
  value,
  onChange,
  ...rest
}: { value: string; onChange: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'list'
>) {
  const listId = useId();
  const zones = useMemo(() => timeZones(), []);
  return (
    <>
      <input
        className="input"
        autoComplete="off"
        spellCheck={false}
        {...rest}
        list={listId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}

/** Whether a typed time zone is one of the list's. */
export const isTimeZone = (value: string) => timeZones().includes(value);
