import { useState, type FormEvent } from 'react';

/**
 * The submit half every small form shares: busy while the call runs, its refusal kept to show.
 * `action` answers with the message to show, or null when it succeeded.
 */
export function useSubmit(action: () => Promise<string | null>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      setError(await action());
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, submit };
}
