// Types for the deep paths of natural we load; its top-level module is never imported (slow, noisy).
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: { stem(word: string): string }
  export = stemmer
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string }
  export = stemmer
}
