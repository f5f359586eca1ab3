/** The date a user records a 说明 on, as YYYY-MM-DD in their own time zone (what they would write by hand). */
const pad = (n: number) => String(n).padStart(2, "0");

export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
