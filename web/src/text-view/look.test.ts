import { describe, expect, it } from 'vitest';
import type { PassageConcept, PassageRelation } from './document.js';
import {
  conceptSpread,
  evidenceDescription,
  leadConcept,
  passageLook,
  type NameContext,
} from './look.js';

const concept = (id: string, kind: string, en: string): PassageConcept => ({
  id,
  kind,
  labels: { id: en.toUpperCase(), en },
  definitions: { id: null, en: null },
});

const relation = (
  id: string,
  basis: 'stated' | 'inferred',
  structural = false,
): PassageRelation => ({
  id,
  type: structural ? 'HAS_MEMBER' : 'SUPPORTS',
  basis,
  structural,
  from: 'mutualisme',
  to: 'tujuan',
});

const context: NameContext = {
  lang: 'en',
  kindLabel: (kind) => kind.toLowerCase(),
  relationLabel: (type) => (type === 'SUPPORTS' ? 'supports' : 'has member'),
  conceptLabel: (id) => ({ mutualisme: 'Mutualism', tujuan: 'Goal' })[id] ?? id,
};

describe('how a passage looks', () => {
  it('takes the colour of its first concept’s kind', () => {
    const look = passageLook({
      concepts: [concept('a', 'Value', 'A'), concept('b', 'Goal', 'B')],
      relations: [],
    });
    expect(look).toEqual({ kind: 'Value', underline: null });
  });

  it('takes the most specific concept’s colour when quotes nest', () => {
    // A pledge item quoted by its whole sentence names a forum by two words inside it.
    const item = concept('item-5', 'PledgeItem', 'Item 5');
    const forum = concept('forum-kecamatan', 'ForumLevel', 'Subdistrict forum');
    const inner = { start: 40, end: 50, line: 1, concepts: [item, forum], relations: [] };
    const passages = [
      { start: 0, end: 40, line: 1, concepts: [item], relations: [] },
      inner,
      { start: 50, end: 90, line: 1, concepts: [item], relations: [] },
    ];
    const spread = conceptSpread({ passages });
    expect(spread.get('item-5')).toBe(90);
    expect(leadConcept(inner, spread)?.id).toBe('forum-kecamatan');
    expect(passageLook({ concepts: [item, forum], relations: [] }, spread).kind).toBe('ForumLevel');
  });

  it('underlines solid when the text states a relation of meaning there', () => {
    const look = passageLook({
      concepts: [],
      relations: [relation('r1', 'inferred'), relation('r2', 'stated')],
    });
    expect(look).toEqual({ kind: null, underline: 'stated' });
  });

  it('underlines dashed when every relation of meaning there is inferred', () => {
    const look = passageLook({
      concepts: [concept('a', 'Value', 'A')],
      relations: [relation('r1', 'inferred'), relation('s', 'stated', true)],
    });
    expect(look.underline).toBe('inferred');
  });

  it('underlines dotted when it evidences only the document’s structure', () => {
    expect(
      passageLook({ concepts: [], relations: [relation('s', 'stated', true)] }).underline,
    ).toBe('structure');
  });
});

describe('what a passage is called', () => {
  it('names its concepts with their kinds, then its relations with their basis', () => {
    const text = evidenceDescription(
      {
        concepts: [concept('mutualisme', 'Value', 'Mutualism')],
        relations: [relation('r', 'stated')],
      },
      context,
    );
    expect(text).toBe(
      'Evidence for: Mutualism (value); relation: Mutualism supports Goal (stated)',
    );
  });

  it('says relations in the plural and in Indonesian', () => {
    const text = evidenceDescription(
      { concepts: [], relations: [relation('r', 'stated'), relation('q', 'inferred')] },
      { ...context, lang: 'id' },
    );
    expect(text).toBe(
      'Bukti untuk: relasi: Mutualism supports Goal (dinyatakan), Mutualism supports Goal (disimpulkan)',
    );
  });
});
