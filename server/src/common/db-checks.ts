/** SQL for a CHECK that `column` is one of `values` (the values are our own constants, never user input). */
export function oneOf(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}

export const E164_CHECK = (column: string) => `"${column}" ~ '^\\+[1-9][0-9]{7,14}$'`;
