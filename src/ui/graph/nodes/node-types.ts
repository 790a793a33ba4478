import type { NodeTypes } from '@xyflow/react';
import { NamespaceBox } from '../namespace-box';
import { OwnerTools } from '../owner-tools';
import { SummaryNode } from '../summary-node';
import { HostnameNode } from './hostname-node';
import { ListenerNode } from './listener-node';
import { ObjectNode } from './object-node';
import { OwnerNode } from './owner-node';

/** React Flow node components by type (a constant: React Flow warns when it changes). */
export const nodeTypes: NodeTypes = {
  object: ObjectNode,
  owner: OwnerNode,
  listener: ListenerNode,
  hostname: HostnameNode,
  namespace: NamespaceBox,
  summary: SummaryNode,
  'owner-tools': OwnerTools,
};
