import { useEffect, useState } from 'react';

/**
 * A button that copies text to the clipboard and says, in a status beside it, that it did or that
 * the browser refused (then people copy by hand). The status clears after a few seconds.
 */
export function CopyButton(props: {
  label: string;
  /** The text to copy, read when clicked. */
  text: () => string;
  copied: string;
  blocked: string;
  className: string;
  /** Classes of the status; it is empty and hidden until a copy was tried. */
  statusClassName: string;
  /** Where the status sits: before the button, or after it (for a floating status). */
  statusFirst?: boolean;
}) {
  const { label, text, copied, blocked, className, statusClassName, statusFirst } = props;
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 3000);
    return () => clearTimeout(timer);
  }, [message]);
  const status = (
    <span role="status" className={statusClassName}>
      {message}
    </span>
  );
  return (
    <>
      {statusFirst && status}
      <button
        type="button"
        className={className}
        onClick={() =>
          navigator.clipboard.writeText(text()).then(
            () => setMessage(copied),
            () => setMessage(blocked),
          )
        }
      >
        {label}
      </button>
      {!statusFirst && status}
    </>
  );
}
