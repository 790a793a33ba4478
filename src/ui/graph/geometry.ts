/**
 * Fixed geometry of the graph: columns in traffic order and the size of every node type.
 * Sizes are fixed per type (never by content or state), so a node that turns red or gains a
 * detail never grows into its neighbour, and React Flow never has to measure anything.
 */
import type { GraphNode, NodeType } from '../../core';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly w: number;
  readonly h: number;
}

export interface Rect extends Point, Size {}

/**
 * Columns, left to right as traffic flows: hostnames, Gateways and ListenerSets (listeners
 * inside), certificates (Secrets, ReferenceGrants, client-CA ConfigMaps), routes, Services,
 * BackendTLSPolicies, CA ConfigMaps.
 */
export const COLUMN_WIDTHS = [220, 300, 260, 260, 220, 260, 220] as const;
export const COLUMN_GAP = 170;
export const NS_PAD_X = 24;
export const NS_HEADER = 40;
export const NS_PAD_BOTTOM = 24;
export const BAND_GAP = 48;
export const NODE_GAP = 24;

export const HOSTNAME_H = 54;
export const OWNER_HEADER = 76;
export const LISTENER_H = 64;
export const LISTENER_GAP = 8;
export const LISTENER_INSET = 10;
const CARD_BASE = 76;
const LINE = 16;

/** Detail lines shown on a card of each type (its height depends on nothing else). */
const detailLines: Partial<Record<NodeType, number>> = {
  Secret: 2,
  ReferenceGrant: 2,
  HTTPRoute: 2,
  GRPCRoute: 2,
  TLSRoute: 2,
  TCPRoute: 2,
  UDPRoute: 2,
  BackendTLSPolicy: 2,
  Service: 0,
  ConfigMap: 0,
};

export function detailLineCount(type: NodeType): number {
  return detailLines[type] ?? 1;
}

export function columnX(column: number): number {
  let x = NS_PAD_X;
  for (let c = 0; c < column; c++) x += (COLUMN_WIDTHS[c] ?? 0) + COLUMN_GAP;
  return x;
}

export function columnWidth(column: number): number {
  return COLUMN_WIDTHS[column] ?? 220;
}

const baseColumn: Record<NodeType, number> = {
  Hostname: 0,
  Gateway: 1,
  ListenerSet: 1,
  Listener: 1,
  Secret: 2,
  ReferenceGrant: 2,
  HTTPRoute: 3,
  GRPCRoute: 3,
  TLSRoute: 3,
  TCPRoute: 3,
  UDPRoute: 3,
  Service: 4,
  BackendTLSPolicy: 5,
  ConfigMap: 6,
};

/**
 * The column of a node. A ConfigMap sits beside the listeners when it is only a client CA
 * (frontend validation), and after the BackendTLSPolicies otherwise.
 */
export function columnOf(node: GraphNode, clientCaOnly: ReadonlySet<string>): number {
  if (node.type === 'ConfigMap' && clientCaOnly.has(node.id)) return 2;
  return baseColumn[node.type];
}

export function isOwnerType(type: NodeType): boolean {
  return type === 'Gateway' || type === 'ListenerSet';
}

/** Height of a Gateway or ListenerSet holding `listeners` listener rows. */
function ownerHeight(listeners: number): number {
  return OWNER_HEADER + listeners * (LISTENER_H + LISTENER_GAP) + (listeners ? 2 : 0);
}

/** Size of a top-level node in `column`; owners by their number of (visible) listeners. */
export function nodeSize(type: NodeType, column: number, listeners: number): Size {
  const w = columnWidth(column);
  if (type === 'Hostname') return { w, h: HOSTNAME_H };
  if (isOwnerType(type)) return { w, h: ownerHeight(listeners) };
  return { w, h: CARD_BASE + LINE * detailLineCount(type) };
}

/** Position of the i-th listener inside its owner (relative to the owner). */
export function listenerOffset(index: number): Point {
  return { x: LISTENER_INSET, y: OWNER_HEADER + index * (LISTENER_H + LISTENER_GAP) };
}

export const LISTENER_SIZE: Size = { w: COLUMN_WIDTHS[1] - 2 * LISTENER_INSET, h: LISTENER_H };
