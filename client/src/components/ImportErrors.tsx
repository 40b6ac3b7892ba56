/** Every bad row of an import file, as the dry run reported it: line, column, reason. */
export function ImportErrors({
  errors,
  labels,
  className,
}: {
  errors: { line: number; field: string; reason: string }[];
  labels: { line: string; field: string; reason: string };
  className: string;
}) {
  if (errors.length === 0) return null;
  return (
    <table className={className} data-testid="import-errors">
      <thead>
        <tr>
          <th>{labels.line}</th>
          <th>{labels.field}</th>
          <th>{labels.reason}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={i}>
            <td>{e.line}</td>
            <td>
              <code>{e.field}</code>
            </td>
            <td>{e.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
