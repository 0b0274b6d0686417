/**
 * Protein changes as sequencing reports spell them, to one form: `{ ref, position, alt }` with
 * one-letter amino acids.
 *
 * Accepted spellings of a single-residue substitution (case-insensitive):
 *   `p.G595R`  (MAF HGVSp_Short)      `G595R`       `p.Gly595Arg` (HGVS, MAF HGVSp)
 *   `p.(Gly595Arg)` (predicted)        `ENSP00000...:p.Gly595Arg` (VEP, with a protein id)
 *   stops as `*`, `X` or `Ter`; synonymous as `=` or the same residue.
 * Other HGVS protein changes (frameshift, in-frame deletion or insertion, duplication, extension,
 * splice, start loss, unknown `p.?`) are recognised as such but carry no position to classify.
 * Reference: HGVS nomenclature, protein descriptions (varnomen.hgvs.org/recommendations/protein).
 */

export interface ProteinSubstitution {
  /** One-letter reference residue, upper case. */
  ref: string;
  /** 1-based residue number. */
  position: number;
  /** One-letter residue, `*` for a stop, `=` when unchanged. */
  alt: string;
  kind: 'missense' | 'nonsense' | 'synonymous';
}

export type ProteinChangeReading =
  /** No protein change given (an empty cell, e.g. an amplification row). */
  | { kind: 'none' }
  | { kind: 'substitution'; substitution: ProteinSubstitution }
  /** A well-formed HGVS change that is not a single-residue substitution (fs, del, ins, dup, ext, splice, ?). */
  | { kind: 'other-hgvs'; text: string }
  /** Text that is not a protein change blotbypass can read. */
  | { kind: 'unreadable'; text: string };

const THREE_LETTER: Readonly<Record<string, string>> = {
  ala: 'A', arg: 'R', asn: 'N', asp: 'D', cys: 'C', gln: 'Q', glu: 'E', gly: 'G', his: 'H', ile: 'I',
  leu: 'L', lys: 'K', met: 'M', phe: 'F', pro: 'P', ser: 'S', thr: 'T', trp: 'W', tyr: 'Y', val: 'V',
  sec: 'U', pyl: 'O', ter: '*',
};

const ONE_LETTER = 'ACDEFGHIKLMNPQRSTVWYUO';

/** A protein id before the change (`ENSP00000...:`, `NP_002520.2:`), the `p.` prefix, and optional parentheses. */
const PREFIX = /^(?:[A-Za-z0-9_.-]+:)?(?:p\.)?/i;
const THREE_LETTER_SUBSTITUTION = /^\(?([A-Za-z]{3})(\d+)([A-Za-z]{3}|\*|=)\)?$/;
const ONE_LETTER_SUBSTITUTION = /^\(?([A-Za-z])(\d+)([A-Za-z*=])\)?$/;
/** Words and symbols of the other HGVS protein changes; `fs`, `del`, `ins`, `dup`, `ext`, `splice`, `?`. */
const OTHER_HGVS = /^\(?(?:(?:[A-Za-z*]{1,3}\d+(?:_[A-Za-z*]{1,3}\d+)?[A-Za-z*]{0,3}_?(?:fs|del|ins|dup|ext|splice|\?)[A-Za-z0-9*_?]*)|\?|0\??)\)?$/i;

/** One- or three-letter amino-acid code to the one-letter code (`*` for a stop); null when not a residue. */
export function residue(code: string): string | null {
  if (code === '*' || code === '=') return code;
  if (code.length === 3) return THREE_LETTER[code.toLowerCase()] ?? null;
  const upper = code.toUpperCase();
  if (upper === 'X') return '*';
  return ONE_LETTER.includes(upper) ? upper : null;
}

function substitution(refCode: string, positionText: string, altCode: string): ProteinSubstitution | null {
  const ref = residue(refCode);
  const altRaw = residue(altCode);
  const position = Number(positionText);
  if (ref === null || ref === '*' || ref === '=' || altRaw === null || !Number.isSafeInteger(position) || position < 1) return null;
  const alt = altRaw === ref ? '=' : altRaw;
  const kind = alt === '=' ? 'synonymous' : alt === '*' ? 'nonsense' : 'missense';
  return { ref, position, alt, kind };
}

/** Reads one protein-change cell. Never throws: the caller decides what an unreadable text means. */
export function parseProteinChange(text: string): ProteinChangeReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none' };
  const body = trimmed.replace(PREFIX, '');
  const three = THREE_LETTER_SUBSTITUTION.exec(body);
  if (three) {
    const s = substitution(three[1]!, three[2]!, three[3]!);
    if (s) return { kind: 'substitution', substitution: s };
  }
  const one = ONE_LETTER_SUBSTITUTION.exec(body);
  if (one) {
    const s = substitution(one[1]!, one[2]!, one[3]!);
    if (s) return { kind: 'substitution', substitution: s };
  }
  if (body !== '' && OTHER_HGVS.test(body)) return { kind: 'other-hgvs', text: trimmed };
  return { kind: 'unreadable', text: trimmed };
}

/** The HGVS short form, `p.G595R`; `p.G595=` for a synonymous change. */
export function formatSubstitution(s: ProteinSubstitution): string {
  return `p.${s.ref}${s.position}${s.alt}`;
}

/** The change without the `p.` prefix, as the mutation table writes it: `G595R`. */
export function shortSubstitution(s: ProteinSubstitution): string {
  return `${s.ref}${s.position}${s.alt}`;
}
