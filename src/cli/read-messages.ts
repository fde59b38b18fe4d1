import { MessageSchema, type MessageInput } from '../schemas/message.js'
import { formatPath } from '../schemas/to-input-error.js'
import { InputDataError } from './errors.js'

/**
 * Parses messages as JSON Lines (one message object per line, blank lines ignored) and validates
 * each against MessageSchema. The first bad line throws InputDataError naming `file` and its line
 * number (exit code 3).
 */
export function parseMessagesJsonl(text: string, file: string): MessageInput[] {
  const messages: MessageInput[] = []
  const lines = text.replace(/^\uFEFF/, '').split('\n')
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    const where = `${file} line ${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new InputDataError(where, 'not valid JSON', 'Write one message object per line.')
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputDataError(where, 'expected a JSON object', 'Write one message object per line: {"id", "text", "createdAt"}.')
    }
    const result = MessageSchema.safeParse(value)
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `${formatPath('', issue.path) || 'message'}: ${issue.message}`).join('; ')
      throw new InputDataError(where, issues, 'Each message needs "id", "text" and "createdAt" (ISO 8601); see the MessageSchema fields.')
    }
    messages.push(value as MessageInput)
  })
  return messages
}
