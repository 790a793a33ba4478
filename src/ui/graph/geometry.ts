/**
 * Fixed geometry of the graph: lanes in traffic order and the size of every node type.
 * Sizes are fixed per type (never by content or state), so a node that turns red or gains a
 * detail never grows into its neighbour, and React Flow never has to measure anything.
 *
 * Traffic reads like two lines of text, in three columns that fit a laptop's graph pane:
 *
 *     serving:  hostnames → listeners (in their Gateway) → certificates
 *     routing:  routes    → Services                     → upstream TLS
 *
 * A lane is one column of one of those lines: 0-2 serve, 3-5 route. Lane 3 (routes) sits
 * below lane 0, so a listener → route edge wraps like a line of text (see routing.ts).
 */
import type { NodeType } from '../../core';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly w: number;
  readonly h: number;
}

export interface Rect extends Point, Size {}

export const LANES = 6;
/** Widths of the three columns, and of the gaps after the first two (edge labels sit there). */
export const COLUMN_WIDTHS = [134, 164, 180] as const;
export const COLUMN_GAPS = [30, 60] as const;
export const NS_PAD_X = 8;
export const NS_HEADER = 24;
export const NS_PAD_BOTTOM = 8;
/** Between two namespaces, and between the serving and the routing part of one. */
export const BOX_GAP = 12;
export const TIER_GAP = 16;
export const NODE_GAP = 8;

export const HOSTNAME_H = 50;
export const OWNER_HEADER = 60;
export const LISTENER_H = 54;
export const LISTENER_GAP = 4;
export const LISTENER_INSET = 8;
const CARD_BASE = 62;
const LINE = 14;
/** A collapsed namespace. */
export const SUMMARY_SIZE: Size = { w: COLUMN_WIDTHS[0], h: 78 };

/** Detail lines shown on a card of each type (its height depends on nothing else). */
const detailLines: Partial<Record<NodeType, number>> = {
  Secret: 2,
  ReferenceGrant: 1,
  BackendTLSPolicy: 1,
  Service: 0,
  ConfigMap: 0,
};

export function detailLineCount(type: NodeType): number {
  return detailLines[type] ?? 1;
}

/** The column (0-2) a lane is drawn in. */
export function gridColumn(lane: number): number {
  return lane % 3;
}

/** 0: serving (hostnames, listeners, certificates); 1: routing (routes, Services, upstream TLS). */
export function tierOf(lane: number): number {
  return lane < 3 ? 0 : 1;
}

/** Left edge of a column (0-2). */
export function gridX(column: number): number {
  let x = NS_PAD_X;
  for (let c = 0; c < column; c++) x += (COLUMN_WIDTHS[c] ?? 0) + (COLUMN_GAPS[c] ?? 0);
  return x;
}

/** Left edge of a lane. */
export function columnX(lane: number): number {
  return gridX(gridColumn(lane));
}

export function columnWidth(lane: number): number {
  return COLUMN_WIDTHS[gridColumn(lane)] ?? COLUMN_WIDTHS[0];
}

/** Width of the gap before a column (0: the namespace's left padding). */
export function gapBefore(column: number): number {
  return column === 0 ? NS_PAD_X : (COLUMN_GAPS[column - 1] ?? 0);
}

/** Right edge of the drawing: the third column and the namespace padding. */
export const GRID_RIGHT = gridX(2) + COLUMN_WIDTHS[2] + NS_PAD_X;

const baseLane: Record<NodeType, number> = {
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
  ConfigMap: 5,
};

/** What decides a lane besides the kind: how ConfigMaps and ReferenceGrants are used. */
export interface LaneHints {
  /** ConfigMaps used only as client CAs (frontend validation): beside the certificates. */
  readonly clientCaOnly: ReadonlySet<string>;
  /** ReferenceGrants whose first grant is for a Service: beside the Services. */
  readonly serviceGrants: ReadonlySet<string>;
}

/** The lane of a node of a kind. */
export function laneOf(type: NodeType, id: string, hints: LaneHints): number {
  if (type === 'ConfigMap' && hints.clientCaOnly.has(id)) return 2;
  if (type === 'ReferenceGrant' && hints.serviceGrants.has(id)) return 4;
  return baseLane[type];
}

export function isOwnerType(type: string): boolean {
  return type === 'Gateway' || type === 'ListenerSet';
}

/** Height of a Gateway or ListenerSet holding `listeners` listener rows. */
function ownerHeight(listeners: number): number {
  return OWNER_HEADER + listeners * (LISTENER_H + LISTENER_GAP) + (listeners ? 2 : 0);
}

/** Size of a top-level node in `lane`; owners by their number of (visible) listeners. */
export function nodeSize(type: NodeType | 'Namespace', lane: number, listeners: number): Size {
  if (type === 'Namespace') return SUMMARY_SIZE;
  const w = columnWidth(lane);
  if (type === 'Hostname') return { w, h: HOSTNAME_H };
  if (isOwnerType(type)) return { w, h: ownerHeight(listeners) };
  return { w, h: CARD_BASE + LINE * detailLineCount(type) };
}

/** Position of the i-th listener inside its owner (relative to the owner). */
export function listenerOffset(index: number): Point {
  return { x: LISTENER_INSET, y: OWNER_HEADER + index * (LISTENER_H + LISTENER_GAP) };
}

export const LISTENER_SIZE: Size = { w: COLUMN_WIDTHS[1] - 2 * LISTENER_INSET, h: LISTENER_H };
