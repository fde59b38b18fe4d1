/**
 * Emoji and emoticons that carry a polarity (−1..1), chosen by the faqmatch authors for this
 * project (no external list). The tokenizer drops emoji and punctuation, so the sentiment stage
 * reads these from the raw text. Laughing faces (😂 🤣) are left out: in complaints they are as
 * often bitter as amused.
 */
export const EMOJI_POLARITY: Readonly<Record<string, number>> = {
  '😡': -0.7, '😠': -0.7, '🤬': -0.8, '😤': -0.5, '😒': -0.4, '🙄': -0.4, '😩': -0.5, '😫': -0.5, '😢': -0.5, '😭': -0.5,
  '😞': -0.5, '😔': -0.4, '😕': -0.3, '☹': -0.5, '🙁': -0.4, '👎': -0.6, '💩': -0.6, '🤮': -0.7, '🤢': -0.6, '😱': -0.4,
  '😣': -0.4, '😖': -0.4, '😑': -0.3, '😐': -0.2, '🤦': -0.5, '💔': -0.5,
  '😀': 0.5, '😃': 0.5, '😄': 0.5, '😁': 0.5, '😊': 0.6, '🙂': 0.4, '😍': 0.7, '🥰': 0.7, '😘': 0.5, '😎': 0.4,
  '🤗': 0.5, '😉': 0.3, '👍': 0.6, '👏': 0.5, '🙏': 0.4, '💪': 0.4, '🎉': 0.5, '❤': 0.6, '💕': 0.6, '💚': 0.5, '✌': 0.3,
}

/** Text emoticons; matched only between spaces or at the ends, so "1:0" or URLs never count. */
export const EMOTICON_POLARITY: Readonly<Record<string, number>> = {
  ':)': 0.4, ':-)': 0.4, ';)': 0.3, ';-)': 0.3, ':D': 0.5, ':-D': 0.5, '=)': 0.4, '<3': 0.5, '^^': 0.3,
  ':(': -0.5, ':-(': -0.5, ":'(": -0.6, ':/': -0.3, ':-/': -0.3, '>:(': -0.7, ':@': -0.6, '-.-': -0.4, '-_-': -0.4,
}
