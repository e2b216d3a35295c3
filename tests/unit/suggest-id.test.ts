import { describe, expect, it } from 'vitest';
import { ID_MAX_LENGTH, suggestId } from '@/lib/ids/suggest-id';
import { slugSchema } from '@/lib/validations/common';

describe('suggestId', () => {
  it.each([
    ['Vision Lab', 'vision-lab'],
    ['  Speech   Lab  ', 'speech-lab'],
    ['ML_ops team', 'ml_ops-team'],
    ['Acme ML, Inc.', 'acme-ml-inc'],
    ["Bob's Team", 'bobs-team'],
    ['Team 42', 'team-42'],
    ['already-an-id', 'already-an-id'],
  ])('lowercases and joins words with "-": %j → %j', (name, id) => {
    expect(suggestId(name)).toBe(id);
  });

  it.each([
    ['Café Crème', 'cafe-creme'],
    ['Ångström Über Ñandú', 'angstrom-uber-nandu'],
    ['Straße Øresund Łódź Œuvre', 'strasse-oresund-lodz-oeuvre'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
  ])('strips accents and spells out ligatures: %j → %j', (name, id) => {
    expect(suggestId(name)).toBe(id);
  });

  it.each([
    ['🚀 Rocket Team 🚀', 'rocket-team'],
    ['--Leading and trailing--', 'leading-and-trailing'],
    ['__init__', 'init'],
    ['...Dots...', 'dots'],
    ['a 🐱 b', 'a-b'],
  ])('drops emoji and separators at either end: %j → %j', (name, id) => {
    expect(suggestId(name)).toBe(id);
  });

  it.each(['', '   ', '!!!', '— · —', '🎉🎉', '日本語', '____'])('gives nothing for a name with no usable character: %j', (name) => {
    expect(suggestId(name)).toBe('');
  });

  it('cuts a long name to the maximum length without leaving a separator at the end', () => {
    const long = 'The quick brown fox jumps over the lazy dog and keeps running far away';
    const id = suggestId(long);
    expect(id.length).toBeLessThanOrEqual(ID_MAX_LENGTH);
    expect(id).toBe('the-quick-brown-fox-jumps-over-the-lazy-dog-and');
    // Cut right after a word: the separator that followed it goes too.
    expect(suggestId(`${'a'.repeat(47)} b`)).toBe('a'.repeat(47));
    expect(suggestId('x'.repeat(100))).toBe('x'.repeat(ID_MAX_LENGTH));
  });

  it('suggests IDs the form accepts whenever the name has two usable characters', () => {
    const names = ['Vision Lab', 'Café', '🚀 Go', 'x'.repeat(200), `${'é'.repeat(47)} z`, 'A.B', '№1'];
    for (const name of names) expect(slugSchema('ID').safeParse(suggestId(name)).success, name).toBe(true);
  });
});
