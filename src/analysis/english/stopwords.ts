/**
 * English stop words: articles, pronouns, auxiliaries, prepositions, conjunctions and fillers.
 * Written for faqmatch (MIT). Negations (not, no, never, without, n't) are deliberately absent.
 * Question words (how, why, when, where) stay: they change what is asked.
 */
export const ENGLISH_STOPWORDS: readonly string[] = [
  'a', 'an', 'the', 'i', 'me', 'my', 'mine', 'myself', 'you', 'your', 'yours', 'yourself', 'he', 'him', 'his', 'she', 'her', 'hers',
  'it', 'its', 'itself', 'we', 'us', 'our', 'ours', 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those',
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought',
  'and', 'or', 'but', 'if', 'because', 'as', 'until', 'while', 'of', 'at', 'by', 'for', 'with', 'about', 'into', 'through',
  'to', 'from', 'in', 'on', 'off', 'over', 'under', 'again', 'then', 'once', 'here', 'there', 'so', 'than', 'too', 'very',
  'just', 'also', 'please', 'hi', 'hello', 'hey', 'thanks', 'thank', 'dear', 'regards', 'what', 'which', 'who', 'whom',
  'some', 'any', 'such', 'own', 'same', 'other', 'each', 'all', 'both', 'few', 'more', 'most', 'up', 'down', 'out',
  's', 't', 'd', 'll', 're', 've', 'm', 'im', 'id', 'ive', 'youre', 'get', 'got', 'im',
]

/** Negations never removed, whatever a custom stop list says. */
export const ENGLISH_NEGATIONS: readonly string[] = ['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', "n't", 'cannot', 'cant', 'dont', 'doesnt', 'didnt', 'wont', 'isnt', 'arent', 'wasnt', 'havent', 'hasnt', 'couldnt', 'shouldnt']
