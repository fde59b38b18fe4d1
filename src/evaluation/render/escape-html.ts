const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for HTML and SVG element content and quoted attribute values, so a query like
 * `<script>` shows as text and never runs.
 * @example
 * escapeHtml('<script>alert("Kündigung")</script>') //=> '&lt;script&gt;alert(&quot;Kündigung&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!)
}
