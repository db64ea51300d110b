// What an administrator types for an area or a comparison group: trimmed text, required or not, of bounded length.
import { z } from 'zod';

export const requiredText = (what: string, max = 200) =>
  z.string().trim().min(1, `Enter the ${what}.`).max(max, `The ${what} can be at most ${max} characters.`);

export const optionalText = (what: string) => z.string().trim().max(200, `The ${what} can be at most 200 characters.`);
