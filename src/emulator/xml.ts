// JSON response bodies as the service's XML (V2 with Format=XML): the action's response element
// as root, objects as nested elements, and arrays as repeated elements named after their key, so
// `{"Images":{"Image":[a,b]}}` becomes `<Images><Image>…</Image><Image>…</Image></Images>`.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function element(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (value === null || value === undefined) return `<${name}></${name}>`;
  if (typeof value === 'object') {
    const children = Object.entries(value)
      .map(([key, child]) => element(key, child))
      .join('');
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export function toXml(root: string, body: object): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${element(root, body)}`;
}
