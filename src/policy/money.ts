/** `amount × numerator / denominator` in whole đồng, rounding half up; exact for every integer input that fits. */
export function shareOf(amount: number, numerator: number, denominator: number): number {
  const product = BigInt(amount) * BigInt(numerator);
  const d = BigInt(denominator);
  return Number((product * 2n + d) / (2n * d));
}

/** `amount × percent / 100` in whole đồng, rounding half up. */
export function percentOf(amount: number, percent: number): number {
  return shareOf(amount, percent, 100);
}

/** `amount × basisPoints / 10,000` in whole đồng (rates are kept in basis points: 450 = 4.5%). */
export function basisPointsOf(amount: number, basisPoints: number): number {
  return shareOf(amount, basisPoints, 10_000);
}
