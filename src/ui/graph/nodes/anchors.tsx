import { Handle, Position } from '@xyflow/react';

/**
 * Invisible connection points where React Flow reads them: left and right at mid-height
 * (`inset` outside the node for listeners, so edges start at their Gateway's border).
 */
export function Anchors({ inset = 0 }: { inset?: number }) {
  const left = { left: -inset };
  const right = { right: -inset };
  return (
    <>
      <Handle
        id="in"
        type="target"
        position={Position.Left}
        isConnectable={false}
        className="gt-anchor"
        style={left}
      />
      <Handle
        id="out"
        type="source"
        position={Position.Right}
        isConnectable={false}
        className="gt-anchor"
        style={right}
      />
      <Handle
        id="in-right"
        type="target"
        position={Position.Right}
        isConnectable={false}
        className="gt-anchor"
        style={right}
      />
      <Handle
        id="out-left"
        type="source"
        position={Position.Left}
        isConnectable={false}
        className="gt-anchor"
        style={left}
      />
    </>
  );
}
