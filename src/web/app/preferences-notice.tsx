// Said when stored preferences could not all be used (edited by hand, written by another version);
// rare, so loaded when needed.

export default function PreferencesNotice({
  problems,
  onDismiss,
}: {
  problems: readonly string[];
  onDismiss: () => void;
}) {
  return (
    <section
      aria-label="Preferences that could not be read"
      className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">Some saved preferences could not be used; their defaults apply.</p>
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <button type="button" className="mt-1 underline" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
