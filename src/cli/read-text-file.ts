import { readFile } from 'node:fs/promises'
import { InputFileError } from './errors.js'

/** Reads a UTF-8 file given on the command line; a missing or unreadable file becomes InputFileError (exit code 4). */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new InputFileError(path, error)
  }
}
