// Sentences to recombine into synthetic threads, per language: questions and answer sentences
// from the bundled corpus (corpus/*/threads.jsonl) and, when present, ../shared/datasets (read
// at run time, never committed). A few built-in lines keep the generator working without either.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { readJsonl } from './read-jsonl.mjs'
import { bundledCorpusDir, sharedDatasetsDir } from './discover-datasets.mjs'

const FALLBACK = {
  de: {
    questions: [
      'Wie ändere ich meine Rechnungsadresse?', 'Warum ist meine Rechnung diesen Monat höher?',
      'Wie kann ich meinen Vertrag kündigen?', 'Mein Internet ist seit heute Morgen langsam, was kann ich tun?',
      'Wo finde ich meine Kundennummer?', 'Kann ich meinen Tarif wechseln, ohne die Rufnummer zu verlieren?',
      'Wann kommt meine Bestellung an?', 'Wie setze ich mein Passwort zurück?',
    ],
    answers: [
      'Melden Sie sich im Kundencenter an und öffnen Sie „Meine Daten“.', 'Die Änderung gilt ab der nächsten Rechnung.',
      'Bitte starten Sie den Router einmal neu.', 'Ihre Kundennummer steht oben rechts auf jeder Rechnung.',
      'Die Kündigung ist mit einer Frist von einem Monat möglich.', 'Wir melden uns innerhalb von zwei Werktagen bei Ihnen.',
    ],
  },
  en: {
    questions: [
      'How do I change my billing address?', 'Why is my bill higher this month?', 'How can I cancel my contract?',
      'My internet has been slow since this morning, what can I do?', 'Where do I find my customer number?',
      'Can I switch plans without losing my phone number?', 'When will my order arrive?', 'How do I reset my password?',
    ],
    answers: [
      'Sign in to your account and open "My details".', 'The change applies from your next bill.',
      'Please restart your router once.', 'Your customer number is printed at the top right of every bill.',
      'You can cancel with one month\'s notice.', 'We will get back to you within two working days.',
    ],
  },
}

/** Splits an answer into sentences (at ., ! or ? followed by space). */
export function splitSentences(text) {
  return text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s.length >= 12)
}

/**
 * @returns {{ de: { questions: string[], answers: string[] }, en: { questions: string[], answers: string[] }, sources: string[] }}
 */
export function loadSourceTexts({ shared = true } = {}) {
  const pools = { de: { questions: new Set(), answers: new Set() }, en: { questions: new Set(), answers: new Set() } }
  const sources = []
  const addFolder = (dir, label) => {
    const threadsFile = join(dir, 'threads.jsonl')
    if (!existsSync(threadsFile)) return
    let used = false
    for (const t of readJsonl(threadsFile)) {
      const pool = pools[t.lang]
      if (!pool) continue
      used = true
      if (t.question?.trim()) pool.questions.add(t.question.trim())
      for (const v of t.variants ?? []) if (v.trim()) pool.questions.add(v.trim())
      for (const s of splitSentences(t.answer ?? '')) pool.answers.add(s)
    }
    const queriesFile = join(dir, 'queries.jsonl')
    if (existsSync(queriesFile)) {
      for (const q of readJsonl(queriesFile)) if (pools[q.lang] && q.text?.trim()) pools[q.lang].questions.add(q.text.trim())
    }
    if (used) sources.push(label)
  }
  const scan = (root, prefix) => {
    if (!existsSync(root)) return
    for (const name of readdirSync(root).sort()) addFolder(join(root, name), prefix + name)
  }
  scan(bundledCorpusDir(), 'corpus/')
  if (shared) scan(sharedDatasetsDir(), 'shared/')
  const result = { sources }
  for (const lang of ['de', 'en']) {
    const questions = [...pools[lang].questions]
    const answers = [...pools[lang].answers]
    result[lang] = {
      questions: questions.length >= 20 ? questions : [...questions, ...FALLBACK[lang].questions],
      // Sets without answers (intent data) leave few answer sentences; questions stand in then.
      answers: answers.length >= 20 ? answers : [...answers, ...FALLBACK[lang].answers],
    }
  }
  return result
}
