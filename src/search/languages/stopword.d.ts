/** The `stopword` package ships no types for its per-language files, which are imported one by one so that each language carries only its own list. */
declare module 'stopword/src/stopwords_deu.js' {
  export const deu: string[];
}
declare module 'stopword/src/stopwords_fra.js' {
  export const fra: string[];
}
declare module 'stopword/src/stopwords_spa.js' {
  export const spa: string[];
}
declare module 'stopword/src/stopwords_por.js' {
  export const por: string[];
}
declare module 'stopword/src/stopwords_ita.js' {
  export const ita: string[];
}
declare module 'stopword/src/stopwords_nld.js' {
  export const nld: string[];
}
declare module 'stopword/src/stopwords_ara.js' {
  export const ara: string[];
}
declare module 'stopword/src/stopwords_pol.js' {
  export const pol: string[];
}
declare module 'stopword/src/stopwords_heb.js' {
  export const heb: string[];
}
declare module 'stopword/src/stopwords_jpn.js' {
  export const jpn: string[];
}
declare module 'stopword/src/stopwords_zho.js' {
  export const zho: string[];
}
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: string[];
}
