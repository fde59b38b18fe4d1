import { readFile } from 'node:fs/promises'
import { decodeText } from '../corpus/decode-text.js'
import { InputFileError } from './errors.js'

/**
 * Reads a file given on the command line: UTF-8, or Windows-1252 when it is not valid UTF-8
 * (decodeText); a missing or unreadable file becomes InputFileError (exit code 4).
 */
export async function readTextFile(path: string): Promise<string> {
  return (await readDecodedFile(path)).text
}

/** `readTextFile` that also tells which encoding the file had. */
export async function readDecodedFile(path: string): Promise<ReturnType<typeof decodeText>> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new InputFileError(path, error)
  }
  return decodeText(bytes)
}
