import type { ConditionGroup } from './inspector-status';
import { StateLabel } from './state-label';

/** Status conditions as a controller would write them: type, status, reason, message. */
export function ConditionsTable({ group }: { group: ConditionGroup }) {
  return (
    <table className="pn-table pn-conditions">
      <caption>{group.title}</caption>
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
          <th scope="col">Reason</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {group.conditions.map((c) => (
          <tr key={c.type}>
            <th scope="row">{c.type}</th>
            <td>
              <StateLabel badge={c.badge} />
            </td>
            <td className="pn-mono">{c.reason}</td>
            <td className="pn-message">{c.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
