// One shared copy per distinct string. JSON.parse gives every occurrence of a value its own string,
// so 100,000 images carried 100,000 copies each of "x86_64", "Available" and the OS names (half
// of the page's heap in bench case 6). The pool is bounded, so a flood of distinct values cannot
// grow it without limit; past the bound, strings are returned as they are.

export type StringPool = (text: string) => string;

export function stringPool(limit: number): StringPool {
  const pool = new Map<string, string>();
  return (text) => {
    const known = pool.get(text);
    if (known !== undefined) return known;
    if (pool.size < limit) pool.set(text, text);
    return text;
  };
}
