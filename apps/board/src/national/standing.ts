// An area's place among all areas, in words a board reads aloud: "2nd of 4".

export function ordinal(position: number): string {
  const lastTwo = position % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${position}th`;
  switch (position % 10) {
    case 1:
      return `${position}st`;
    case 2:
      return `${position}nd`;
    case 3:
      return `${position}rd`;
    default:
      return `${position}th`;
  }
}

export function describeStanding(standing: { position: number; of: number } | null | undefined): string {
  return standing ? `${ordinal(standing.position)} of ${standing.of}` : '–';
}
