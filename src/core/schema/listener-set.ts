/**
 * ListenerSet (v1) and XListenerSet (v1alpha1, `gateway.networking.x-k8s.io`) `spec` schemas.
 * Entries have the Gateway listener shape; XListenerSet from v1.4 lets `port` be omitted
 * (it defaults to 0: "the implementation picks a port").
 */
import { Group, Kind, NamespaceName, ObjectName, PortNumber } from './common';
import { int, list, obj } from './dsl';
import { listenerSchema } from './gateway';
import type { Schema } from './types';

const ParentGatewayReference = obj(
  {
    group: { ...Group, default: 'gateway.networking.k8s.io' },
    kind: { ...Kind, default: 'Gateway' },
    name: ObjectName,
    namespace: NamespaceName,
  },
  { required: ['name'], doc: 'The Gateway these listeners are added to.' },
);

function listenerSetSpec(entry: Schema) {
  return obj(
    {
      parentRef: ParentGatewayReference,
      listeners: list(entry, {
        minItems: 1,
        maxItems: 64,
        mapKeys: ['name'],
        doc: 'Listeners added to the parent Gateway; names need only be unique in this set.',
      }),
    },
    { required: ['listeners', 'parentRef'], doc: 'Desired state of the ListenerSet.' },
  );
}

export const ListenerSetSpec = listenerSetSpec(
  listenerSchema(PortNumber, ['name', 'port', 'protocol']),
);

export const XListenerSetSpec = listenerSetSpec(
  listenerSchema(
    int({
      minimum: 0,
      maximum: 65535,
      default: 0,
      doc: 'A TCP/UDP port; 0 or unset lets the implementation choose one.',
    }),
    ['name', 'protocol'],
  ),
);
