import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { OutputFileError } from './errors.js'

/**
 * Writes `text` to `path` through a temporary file in the same folder and a rename, so readers
 * see the old file or the complete new one, never a half-written one; on failure the temporary
 * file is removed. Errors become OutputFileError (exit code 1).
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = resolve(path)
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' })
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw new OutputFileError(path, error)
  }
}
