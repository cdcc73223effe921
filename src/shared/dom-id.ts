/**
 * An element id built from a record id: letters, digits and "-" stay, every other character becomes
 * "_" and its hex code, so two different record ids never give the same element id
 * ("a/b.c" → "a_2fb_2ec", "a-b-c" stays "a-b-c").
 */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^a-zA-Z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}
