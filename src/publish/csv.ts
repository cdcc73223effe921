/** CSV as RFC 4180 writes it: CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF. */
export type CsvCell = string | number | null | undefined;

/** One field: unknown (null/undefined) is empty; numbers print in full (no exponent for small prices). */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? numberText(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberText(n: number): string {
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  // 2.5e-8 → 0.000000025: spreadsheets and readers of a price list expect plain decimals.
  return n.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}

/** The whole file: every record ends with CRLF (RFC 4180 allows and most tools expect it). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}
