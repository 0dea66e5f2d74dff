import { expect } from '@open-wc/testing';
import type { Translation } from '../../src/localize/translation.js';
import ar from '../../src/translations/ar.js';
import de from '../../src/translations/de.js';
import en from '../../src/translations/en.js';
import es from '../../src/translations/es.js';
import fr from '../../src/translations/fr.js';
import he from '../../src/translations/he.js';
import it_ from '../../src/translations/it.js';
import ja from '../../src/translations/ja.js';
import nl from '../../src/translations/nl.js';
import pl from '../../src/translations/pl.js';
import pt from '../../src/translations/pt.js';
import zh from '../../src/translations/zh.js';

export const packs: Record<string, Translation> = { en, de, fr, es, pt, it: it_, nl, pl, ja, zh, ar, he };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const isPlural = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'other' in value;
/** A form for one number may write the number as a word ("one answer", Arabic سؤالان). */
const mayOmitCount = (category: string) => ['zero', 'one', 'two'].includes(category);

describe('shipped translation packs', () => {
  it('are the twelve languages the issue asks for, each under its own language', () => {
    expect(Object.keys(packs).sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pl', 'pt', 'zh']);
    for (const [lang, pack] of Object.entries(packs)) {
      expect(new Intl.Locale(pack.$code).language, lang).to.equal(lang);
      expect(pack.$name, lang).to.be.a('string').and.not.equal('');
    }
    expect(pt.$code).to.equal('pt-BR');
    expect(zh.$code).to.equal('zh-CN');
  });

  for (const [lang, pack] of Object.entries(packs)) {
    describe(`${lang} (${pack.$code})`, () => {
      it('has every key English has, and no other', () => {
        expect(Object.keys(pack).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it('writes each message with the same placeholders as English', () => {
        for (const key of Object.keys(en) as (keyof Translation)[]) {
          const english = en[key];
          const own = pack[key];
          if (typeof english === 'string') expect(placeholders(own as string), key).to.deep.equal(placeholders(english));
        }
      });

      it('has a form for every plural category of its language, and no other', () => {
        const categories = [...new Intl.PluralRules(pack.$code).resolvedOptions().pluralCategories].sort();
        for (const key of Object.keys(en) as (keyof Translation)[]) {
          if (!isPlural(en[key])) continue;
          const own = pack[key] as Record<string, string>;
          expect(Object.keys(own).sort(), `${key} in ${pack.$code}`).to.deep.equal(categories);
          const wanted = placeholders(en[key].other);
          for (const [category, text] of Object.entries(own)) {
            const need = wanted.filter((name) => !(name === 'count' && mayOmitCount(category)));
            expect(placeholders(text).filter((name) => wanted.includes(name)), `${key}.${category}`).to.include.members(need);
            expect(placeholders(text).every((name) => wanted.includes(name)), `${key}.${category} has no unknown placeholder`).to.equal(true);
          }
        }
      });

      it('says its direction as its language writes', () => {
        const locale = new Intl.Locale(pack.$code) as Intl.Locale & { getTextInfo(): { direction: string } };
        expect(pack.$dir).to.equal(locale.getTextInfo().direction);
      });

      it('keeps the thresholds of the default levels', () => {
        expect(pack.levels.map((level) => level.min)).to.deep.equal(en.levels.map((level) => level.min));
        for (const level of pack.levels) expect(level.label && level.advice, lang).to.be.a('string').and.not.equal('');
      });

      if (lang !== 'en') {
        it('is translated: only the shortcut, the separator and messages of placeholders alone are as in English', () => {
          const same = (Object.keys(en) as (keyof Translation)[]).filter(
            (key) => typeof en[key] === 'string' && !key.startsWith('$') && en[key] === pack[key],
          );
          const allowed = (key: string) =>
            key === 'searchShortcut' || key === 'separator' || (en[key as keyof Translation] as string).replace(/\{\w+\}/g, '').match(/\p{L}/u) === null;
          // The few words a language writes as English does: "Video" in German, "Questions" in French.
          const sameWords: Record<string, string[]> = { de: ['video'], es: ['video'], it: ['video'], nl: ['video'], fr: ['article', 'questionsLabel'] };
          expect(same.filter((key) => !allowed(key) && !(sameWords[lang] ?? []).includes(key))).to.deep.equal([]);
        });
      }
    });
  }
});
