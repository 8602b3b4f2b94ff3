// Text into XML and HTML: the serialized charts, the standalone pictures, the embed snippets and the
// sitemap all write markup by hand, and one rule keeps them all well-formed.

/** Escapes text for XML and HTML, in text and in double-quoted attributes. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
