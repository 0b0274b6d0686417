/** Every user-facing sentence of the statistics stage. */
export const statsMessages = {
  unpairedReplicates: (count: number, what: string, target: string, resistant: string, sensitive: string) =>
    `${count} ${what} value${count > 1 ? 's' : ''} of ${target} in ${resistant} vs ${sensitive} had no partner in the same replicate and ${count > 1 ? 'were' : 'was'} left out of the paired test`,
  tooFewForTest: (what: string, target: string, resistant: string, sensitive: string, n: number) =>
    `${what} of ${target}, ${resistant} vs ${sensitive}: ${n < 2 ? `n = ${n} per model is too few for a t-test` : 'no spread between replicates'}; statistics are null`,
} as const;
