import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import * as analysis from '../src/analysis/index.js'

// API growth is reviewed: a new export must be added here on purpose.
describe('public API', () => {
  it('faqmatch exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })

  it('faqmatch/analysis exports exactly these names', () => {
    expect(Object.keys(analysis).sort()).toMatchSnapshot()
  })
})
