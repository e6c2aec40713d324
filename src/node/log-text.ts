// Text from outside (an upstream error code, an action name a client sent) made safe for a log line:
// control and line-breaking characters become visible escapes, so nobody can forge or split lines,
// and the length is capped.

const MAX_LOGGED_LENGTH = 200;

const escapeUnit = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

export function escapeLogText(text: string): string {
  let out = '';
  const shown = text.length > MAX_LOGGED_LENGTH ? text.slice(0, MAX_LOGGED_LENGTH) : text;
  for (let i = 0; i < shown.length; i++) {
    const unit = shown.charCodeAt(i);
    if (unit === 0x5c) out += '\\\\';
    else if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || unit === 0x2028 || unit === 0x2029)
      out += escapeUnit(unit);
    else out += shown[i];
  }
  return shown === text ? out : `${out}…`;
}
