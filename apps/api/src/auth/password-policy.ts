// What a new password must be (NCSC guidance): long enough, and not one of the passwords people commonly choose or
// that have leaked, checked against the common and breached password lists shipped with @zxcvbn-ts. No rules about
// character classes: they make passwords harder to remember, not to guess. Existing passwords are not re-checked at
// sign-in; this applies whenever a password is set.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;
/** zxcvbn's score (0–4) a new password must reach: 3 is "safely unguessable: moderate protection from offline attacks". */
const LEAST_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

/** Why a password is easy to guess, in words, by zxcvbn's warning. */
const WHY: Record<string, string> = {
  topTen: 'it is one of the ten most used passwords',
  topHundred: 'it is one of the hundred most used passwords',
  common: 'it is on the lists of common and leaked passwords',
  similarToCommon: 'it is too close to a password on the lists of common and leaked passwords',
  wordByItself: 'a single word is easy to guess',
  namesByThemselves: 'names by themselves are easy to guess',
  commonNames: 'common names and surnames are easy to guess',
  userInputs: 'it contains your own name or email',
  straightRow: 'it is a row of keys on a keyboard',
  keyPattern: 'it is a pattern of keys on a keyboard',
  simpleRepeat: 'it repeats characters',
  extendedRepeat: 'it repeats a group of characters',
  sequences: 'it is a sequence such as abc or 6543',
  recentYears: 'it contains a recent year',
  dates: 'it contains a date',
};

/** Null when the password may be set; otherwise why not, in a sentence that says what to do instead. */
export function passwordProblem(password: string, about: readonly string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters: a few unrelated words make a long password easy to remember.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  // The person's own name and email (and their parts) count as guessable words.
  const words = about.flatMap((value) => [value, ...value.split(/[^\p{L}\p{N}]+/u)]).filter((w) => w.length > 2);
  const result = zxcvbn.check(password, words);
  if (result.score >= LEAST_SCORE) return null;
  const why = (result.feedback.warning && WHY[result.feedback.warning]) || 'it would be quick to guess';
  return `Choose a harder password: ${why}. Three or four unrelated words make a strong one.`;
}
