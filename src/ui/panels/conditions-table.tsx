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
          <th scope="col" className="pn-col-message">
            Message
          </th>
        </tr>
      </thead>
      <tbody>
        {group.conditions.map((c) => (
          <tr key={c.type}>
            <th scope="row">{c.type}</th>
            <td>
              <StateLabel badge={c.badge} />
            </td>
            <td>
              <span className="pn-mono">{c.reason}</span>
              {/* Narrow panels have no Message column: the message goes under the reason. */}
              <div className="pn-message pn-message-inline">{c.message}</div>
            </td>
            <td className="pn-message pn-col-message">{c.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
