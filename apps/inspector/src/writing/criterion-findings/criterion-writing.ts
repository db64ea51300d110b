// What a criterion's page writes: findings (with the evidence they cite) and good practice examples.
export interface Finding {
  id: string;
  kind: string;
  text: string;
  evidence: readonly { id: string; title: string }[];
}

export interface GoodPractice {
  id: string;
  title: string | null;
  text: string;
}
