'use client';

import { useId, useState } from 'react';

/** A read-only text (a link, a snippet) with a button that copies it; the text stays selectable if copying fails. */
export function CopyField({ label, value, copyText }: { label: string; value: string; copyText: string }) {
  const id = useId();
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(`${label} copied.`);
    } catch {
      setStatus(`Could not copy: select the ${label.toLowerCase()} above and copy it yourself.`);
    }
    window.setTimeout(() => setStatus(''), 3000);
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={value} rows={3} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="button button-small" onClick={copy}>
        {copyText}
      </button>
      <span role="status" className="copy-field-status">
        {status}
      </span>
    </div>
  );
}
