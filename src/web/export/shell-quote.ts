// Words for a POSIX shell: a word that could mean anything else to the shell is single-quoted.

const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellWord(text: string): string {
  if (PLAIN.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
