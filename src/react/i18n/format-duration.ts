const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
] as const;

/**
 * A length of time in the viewer's language, in its largest whole unit ("14 days", "2 heures").
 * `up` rounds up (a wait: never says less than it is), `down` rounds down (a grace period: never
 * promises more time than there is); at least 1 of the smallest unit.
 */
export function formatDuration(ms: number, locale: string, round: 'up' | 'down'): string {
  const [unit, size] = UNITS.find(([, size]) => ms >= size) ?? UNITS[UNITS.length - 1]!;
  const value = Math.max(1, (round === 'up' ? Math.ceil : Math.floor)(ms / size));
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
