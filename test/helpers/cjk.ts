/** Han characters and CJK punctuation (、。：（）“” and full-width forms): what an English text must not contain. */
export const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d]/;
