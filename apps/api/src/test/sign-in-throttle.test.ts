// Failed sign-ins slow further guesses at that account from that address; they never refuse the account's owner
// signing in from elsewhere (a stranger must not be able to lock the chief inspector out). Real HTTP from several
// loopback addresses (127.0.0.x all reach this machine), so the address the API reads is the socket's own.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { listen } from '../server.ts';
import { DEMO_PASSWORD, startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  api = await startTestApi({ seed: true, config: { rateLimits: { anonymousPerMinute: 100_000, tokenPerMinute: 1 } } });
  server = await listen(api.app, { ...api.app.services.config, port: 0, host: '127.0.0.1', apps: [] });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

interface Attempt {
  __typename: string;
  code?: string;
  message?: string;
}

const SIGN_IN =
  'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename ... on Error { code message } } }';

function signIn(email: string, password: string, from: string): Promise<{ result: Attempt; ms: number }> {
  const body = JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const sent = request(
      `${server.url}/graphql`,
      {
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const parsed = JSON.parse(text) as { data?: { signIn: Attempt } };
          if (!parsed.data) return reject(new Error(text));
          resolve({ result: parsed.data.signIn, ms: performance.now() - started });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

describe('sign-in throttling', () => {
  it('lets the chief inspector sign in at once from another address after 50 failed guesses from one', async () => {
    for (let i = 0; i < 50; i++) await signIn(DEMO_EMAILS.assistantChiefInspector, `guess-${i}`, '127.0.0.21');
    const { result, ms } = await signIn(DEMO_EMAILS.assistantChiefInspector, DEMO_PASSWORD, '127.0.0.22');
    expect(result.__typename).toBe('MutationSignInSuccess');
    expect(ms).toBeLessThan(2_000);
  }, 120_000);

  it('makes the guessing address wait after a few failures, longer after each, even with the right password', async () => {
    const from = '127.0.0.23';
    const email = DEMO_EMAILS.informationManager;
    for (let i = 0; i < 4; i++)
      expect((await signIn(email, 'wrong', from)).result).toMatchObject({ code: 'UNAUTHENTICATED' });
    const waiting = (await signIn(email, DEMO_PASSWORD, from)).result;
    expect(waiting).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('1 seconds') });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await signIn(email, 'wrong', from)).result).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await signIn(email, 'wrong', from)).result).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringContaining('2 seconds'),
    });
    // Elsewhere, the owner signs in; and once the wait is over, the right password from here starts the count again.
    expect((await signIn(email, DEMO_PASSWORD, '127.0.0.24')).result.__typename).toBe('MutationSignInSuccess');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await signIn(email, DEMO_PASSWORD, from)).result.__typename).toBe('MutationSignInSuccess');
    for (let i = 0; i < 3; i++)
      expect((await signIn(email, 'wrong', from)).result).toMatchObject({ code: 'UNAUTHENTICATED' });
  }, 60_000);

  it('checks at most four of many guesses sent at once from one address', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(DEMO_EMAILS.adminOfficer, `guess-${i}`, '127.0.0.25')),
    );
    const codes = guesses.map((g) => g.result.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(4);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(8);
    expect((await signIn(DEMO_EMAILS.adminOfficer, DEMO_PASSWORD, '127.0.0.26')).result.__typename).toBe(
      'MutationSignInSuccess',
    );
  }, 60_000);

  it('under guesses from many addresses, makes each failing address wait from its first failure, never the owner', async () => {
    const email = DEMO_EMAILS.westMidlandsAssessorA;
    for (let i = 0; i < 20; i++)
      expect((await signIn(email, `guess-${i}`, `127.0.1.${i + 1}`)).result).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await signIn(email, 'wrong', '127.0.1.30')).result).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await signIn(email, 'wrong', '127.0.1.30')).result).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await signIn(email, DEMO_PASSWORD, '127.0.1.31')).result.__typename).toBe('MutationSignInSuccess');
  }, 60_000);

  it('answers guesses at an unknown email exactly as at a real one', async () => {
    const answers = async (email: string, from: string) => {
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 6; i++) codes.push((await signIn(email, 'wrong', from)).result.code);
      return codes;
    };
    const known = await answers(DEMO_EMAILS.inspector, '127.0.0.27');
    expect(await answers('nobody@hmiprobation.example', '127.0.0.28')).toEqual(known);
    expect(known).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
  }, 60_000);
});

describe('sign-in timing', () => {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

  it('takes as long for an unknown email as for a real one (medians of 50 tries each within 20%)', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, each from an address of its own, so that neither is throttled and load falls on both alike; which
    // goes first alternates, so that neither always follows the other's database writes. Five pairs warm up first.
    for (let i = -5; i < 50; i++) {
      const from = `127.0.2.${i + 10}`;
      const tryReal = () => signIn(DEMO_EMAILS.inspector, `wrong-${i}`, from);
      // One unknown email throughout, as the real one is: each side then fails again on an account already counted,
      // so neither side's timing includes the first count of a new account (an insert where the other updates).
      const tryNobody = () => signIn('nobody@hmiprobation.example', `wrong-${i}`, from);
      let real: Awaited<ReturnType<typeof tryReal>>;
      let nobody: Awaited<ReturnType<typeof tryNobody>>;
      if (i % 2 === 0) {
        real = await tryReal();
        nobody = await tryNobody();
      } else {
        nobody = await tryNobody();
        real = await tryReal();
      }
      expect(real.result).toEqual(nobody.result);
      if (i < 0) continue;
      known.push(real.ms);
      unknown.push(nobody.ms);
    }
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.2);
  }, 120_000);
});
