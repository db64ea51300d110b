import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('new passwords', () => {
  it('need at least 12 characters', () => {
    expect(passwordProblem('x7#Kq!2v')).toMatch(/at least 12 characters/);
  });

  it('may not be common or leaked passwords, and say so', () => {
    expect(passwordProblem('password1234')).toMatch(/common and leaked passwords/);
    expect(passwordProblem('qwertyuiopas')).toMatch(/Choose a harder password/);
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toMatch(/repeats/);
  });

  it('may not be the person’s own name or email', () => {
    expect(
      passwordProblem('kate.white@hmiprobation.example', ['Kate White', 'kate.white@hmiprobation.example']),
    ).toMatch(/your own name or email/);
  });

  it('need no particular kinds of character: long unrelated words are enough', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('lantern otter quarry velvet')).toBeNull();
  });
});
