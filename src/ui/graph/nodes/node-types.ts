import type { NodeTypes } from '@xyflow/react';
import { HostnameNode } from './hostname-node';
import { ListenerNode } from './listener-node';
import { NamespaceNode } from './namespace-node';
import { ObjectNode } from './object-node';
import { OwnerNode } from './owner-node';

/** React Flow node components by type (a constant: React Flow warns when it changes). */
export const nodeTypes: NodeTypes = {
  object: ObjectNode,
  owner: OwnerNode,
  listener: ListenerNode,
  hostname: HostnameNode,
  namespace: NamespaceNode,
};
