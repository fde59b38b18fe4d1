// TEMP until privacy/redact lands
export function redactText(text: string): string {
  return text
}
