// Text as a literal in the languages people paste: a POSIX shell word and an HCL string.

const PLAIN_SHELL_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word for a POSIX shell: anything the shell could read otherwise is single-quoted. */
export function shellWord(text: string): string {
  if (PLAIN_SHELL_WORD.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** An HCL quoted string: escapes, and `${`/`%{` kept literal rather than read as templates. */
export function hclString(text: string): string {
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t')
    .replaceAll('${', '$${')
    .replaceAll('%{', '%%{');
  return `"${escaped}"`;
}
