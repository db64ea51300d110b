// Prints how long the domain takes to score one million answers (target: under a second).
// Run: npx -y pnpm@12.21.0 --filter @scrutiny/api exec tsx ../../bench/score-million.ts
import { RISK_OF_HARM_LEVELS, scoreInspection, type CaseFacts, type FrameworkDefinition } from '@scrutiny/domain';

const questions = Array.from({ length: 40 }, (_, index) => ({
  key: `Q${index}`,
  criterion: 'C1',
  text: `Question ${index}`,
  answerSet: 'YES_NO',
  applicability:
    index % 4 === 0 ? ({ fact: 'riskOfHarm', in: ['HIGH', 'VERY_HIGH'] } as const) : ({ always: true } as const),
  tags: [],
  reportBySubsample: true,
}));
const framework: FrameworkDefinition = {
  key: 'bench',
  version: '1',
  title: 'Benchmark framework',
  description: '',
  sections: [{ code: 'C', title: 'Cases' }],
  criteria: [{ code: 'C1', section: 'C', title: 'Pooled', description: '', scoring: { kind: 'pooled' }, tags: [] }],
  measures: questions,
  answerSets: [
    {
      key: 'YES_NO',
      options: [
        { value: 'YES', label: 'Yes', meets: true },
        { value: 'NO', label: 'No', meets: false },
      ],
    },
  ],
  subsamples: [
    {
      key: 'HIGH_RISK_OF_HARM',
      label: 'High risk of harm',
      condition: { fact: 'riskOfHarm', in: ['HIGH', 'VERY_HIGH'] },
    },
  ],
};
const facts = (i: number): CaseFacts => ({
  reference: `C${i}`,
  orderType: 'CO',
  riskOfHarm: RISK_OF_HARM_LEVELS[i % 4]!,
  mappaCategory: null,
  mappaLevel: null,
  district: null,
  sex: null,
  dates: {},
  reviewDates: [],
  flags: {},
});
const files = Array.from({ length: 25_000 }, (_, i) => ({
  facts: facts(i),
  answers: questions.map((q, j) => ({ measure: q.key, value: (i + j) % 3 === 0 ? 'NO' : 'YES' })),
}));
const answers = files.reduce((n, f) => n + f.answers.length, 0);
scoreInspection(framework, files.slice(0, 100));
const runs: number[] = [];
for (let run = 0; run < 5; run += 1) {
  const started = performance.now();
  scoreInspection(framework, files);
  runs.push(performance.now() - started);
}
runs.sort((a, b) => a - b);
console.log(
  `scored ${answers.toLocaleString('en-GB')} answers: median ${runs[2]!.toFixed(0)} ms, best ${runs[0]!.toFixed(0)} ms (target < 1000 ms)`,
);
