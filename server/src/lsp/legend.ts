// Our own semantic token types. The extension manifest gives each a superType and TextMate scopes so
// that every theme colours them; the order here is the wire encoding.
import type { Label } from '../core/types';

export const TOKEN_TYPES = ['person', 'organization', 'location', 'misc', 'date', 'time'] as const;
export const TOKEN_MODIFIERS = ['suggested', 'accepted'] as const;

const TYPE_OF_LABEL: Record<Label, number> = {
  PER: 0,
  ORG: 1,
  LOC: 2,
  MISC: 3,
  DATE: 4,
  TIME: 5,
  DURATION: 4,
  SET: 4,
};

export function tokenTypeOf(label: Label): number {
  return TYPE_OF_LABEL[label];
}

export const SUGGESTED_MODIFIER = 1 << TOKEN_MODIFIERS.indexOf('suggested');
